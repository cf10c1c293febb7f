import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MyDataRequestForm } from "@/components/privacy/my-data-request-form";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("myDataRequest", "title");

/** Where the "Your data" link of every email lands: ask for a link to what this site holds on you. */
export default async function MyDataPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "myDataRequest" });
  return (
    <section className="narrow stack" aria-labelledby="my-data-heading">
      <h1 id="my-data-heading">{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      <p>{t("whatYouSee")}</p>
      <MyDataRequestForm locale={locale} />
      <p>
        <Link href="/privacy">{t("privacyLink")}</Link>
      </p>
    </section>
  );
}
