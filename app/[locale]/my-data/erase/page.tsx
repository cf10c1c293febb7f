import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { MyDataNoSession } from "@/components/privacy/my-data-no-session";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { myDataSessionSupporter } from "@/server/privacy/my-data-session";
import { eraseMyDataAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export const generateMetadata = translatedTitle("myData.erase", "title", { private: true });

const REMOVED = ["person", "signatures", "letters", "emails", "links"] as const;
const KEPT = ["suppression", "proof", "counts"] as const;
const ERRORS = ["confirm", "unavailable"] as const;

/** The step before erasing: what goes, what stays and why, and a box to tick so that no one erases by a slip. */
export default async function EraseMyDataPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  if (!(await myDataSessionSupporter())) return <MyDataNoSession locale={locale} />;
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "myData.erase" }), searchParams]);
  const error = ERRORS.find((code) => code === query.error);
  return (
    <section className="stack narrow" aria-labelledby="erase-heading">
      <h1 id="erase-heading">{t("title")}</h1>
      {error && (
        <p role="alert" className="error-summary" id="erase-error">
          {t(`errors.${error}`)}
        </p>
      )}
      <p className="lead">{t("intro")}</p>
      <h2>{t("removedHeading")}</h2>
      <ul>
        {REMOVED.map((key) => (
          <li key={key}>{t(`removed.${key}`)}</li>
        ))}
      </ul>
      <h2>{t("keptHeading")}</h2>
      <ul>
        {KEPT.map((key) => (
          <li key={key}>{t(`kept.${key}`)}</li>
        ))}
      </ul>
      <form action={eraseMyDataAction.bind(null, locale)} className="stack">
        {/* Checked by the server, not the browser, so the page says why nothing happened in its own words, with or without JavaScript. */}
        <label className="choice">
          <input type="checkbox" name="confirm" value="yes" aria-describedby={error === "confirm" ? "erase-error" : undefined} /> {t("confirm")}
        </label>
        <p>
          <button type="submit" className="danger">
            {t("button")}
          </button>
        </p>
      </form>
      <p>
        <Link href="/my-data/view">{t("cancel")}</Link>
      </p>
    </section>
  );
}
