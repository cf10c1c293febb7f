import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { translatedTitle } from "@/lib/i18n/page-title";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.CheckEmail", "title", { private: true });

export default async function CheckEmailPage({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "Admin.CheckEmail" });
  return (
    <section className="narrow" aria-labelledby="check-heading">
      <h1 id="check-heading">{t("title")}</h1>
      <p>{t("body")}</p>
      {env().MAIL_LOCAL && <p className="notice">{t("local")}</p>}
    </section>
  );
}
