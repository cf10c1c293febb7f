import { getTranslations } from "next-intl/server";
import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import { env } from "@/lib/env";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.CheckEmail", "title", { private: true });

export default async function CheckEmailPage({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Admin.CheckEmail" });
  return (
    <section className="narrow" aria-labelledby="check-heading">
      <h1 id="check-heading">{t("title")}</h1>
      <p>{t("body")}</p>
      {env().MAIL_LOCAL && <p className="notice">{t("local")}</p>}
      <LocalMailboxHint locale={isLocale(locale) ? locale : "en"} />
    </section>
  );
}
