import { getTranslations } from "next-intl/server";
import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = translatedTitle("Signed", "title", { private: true });

// The same page whether the address was new, already signed, or rate-limited: it reveals nothing.
export default async function SignedPage({ params }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "Signed" });
  return (
    <section className="narrow" aria-labelledby="signed-heading">
      <h1 id="signed-heading">{t("title")}</h1>
      <p>{t("body")}</p>
      <p className="muted">{t("spam")}</p>
      <LocalMailboxHint locale={isLocale(locale) ? locale : "en"} />
      <p>
        <Link href={{ pathname: "/campaigns/[slug]", params: { slug } }}>{t("back")}</Link>
      </p>
    </section>
  );
}
