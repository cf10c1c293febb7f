import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("myData.erased", "title", { private: true });

/** After an erasure: a calm word that it is done, and nothing about the person (there is nothing left to show). */
export default async function MyDataErasedPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = await getTranslations({ locale, namespace: "myData.erased" });
  return (
    <section className="stack narrow" aria-labelledby="erased-heading">
      <h1 id="erased-heading">{t("title")}</h1>
      <p role="status" className="notice">
        {t("body")}
      </p>
      <p>{t("again")}</p>
      <p>
        <Link href="/">{t("home")}</Link>
      </p>
    </section>
  );
}
