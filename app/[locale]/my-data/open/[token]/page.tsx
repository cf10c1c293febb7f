import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { UNAVAILABLE } from "@/server/outage/or-unavailable";
import { openMyDataLinkAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ state?: string }> };

export const generateMetadata = translatedTitle("myDataRequest", "open.title", { private: true });

/**
 * Where an emailed my-data link lands. Opening it reads nothing and changes nothing: only the
 * button spends the link (mail scanners follow links; they do not press buttons). A link that
 * no longer works is only known as such once pressed, so as not to answer which tokens exist.
 */
export default async function OpenMyDataLinkPage({ params, searchParams }: Props) {
  const [{ locale, token }, { state }] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  const [t, unavailable] = await Promise.all([getTranslations({ locale, namespace: "myDataRequest.open" }), getTranslations({ locale, namespace: "Unavailable" })]);
  if (state === "expired") {
    return (
      <section className="narrow stack" aria-labelledby="open-heading">
        <h1 id="open-heading">{t("expiredTitle")}</h1>
        <p role="alert">{t("expired")}</p>
        <p>
          <Link href="/my-data">{t("askAgain")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow stack" aria-labelledby="open-heading">
      <h1 id="open-heading">{t("title")}</h1>
      {state === UNAVAILABLE && <p role="alert">{unavailable("message")}</p>}
      <form action={openMyDataLinkAction.bind(null, locale, token)} className="stack">
        <p>{t("body")}</p>
        <button type="submit">{t("button")}</button>
      </form>
    </section>
  );
}
