import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { isLocalMailboxOpen } from "@/server/mail/is-local-mailbox-open";

/**
 * Under "an email is on its way", on a Chorus being tried on this computer (mail kept local, the
 * server answering only here): where to read that email, since it went nowhere. Nothing otherwise.
 */
export async function LocalMailboxHint({ locale }: { locale: Locale }) {
  if (!isLocalMailboxOpen()) return null;
  const t = await getTranslations({ locale, namespace: "Mailbox" });
  return <p className="notice local-mailbox-hint">{t.rich("hint", { link: (chunks) => <Link href="/mailbox">{chunks}</Link> })}</p>;
}
