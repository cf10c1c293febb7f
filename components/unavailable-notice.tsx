import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/**
 * What a page that must read or write the database shows while it cannot be reached: a
 * translated "briefly unavailable, try again", not a crash. (Reloading is the way to try again.)
 */
export async function UnavailableNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Unavailable" });
  return (
    <section className="notice" aria-labelledby="unavailable-heading">
      <h1 id="unavailable-heading">{t("title")}</h1>
      <p role="alert">{t("message")}</p>
    </section>
  );
}
