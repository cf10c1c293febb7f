import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { publicContext } from "@/server/context";
import { getUnsubscribeLink } from "@/server/mail/get-unsubscribe-link";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { unsubscribeAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }> };

export const generateMetadata = translatedTitle("Unsubscribe", "title", { private: true });

/**
 * The link in every bulk email's footer, and where the List-Unsubscribe address sends a browser.
 * Opening it changes nothing (mail scanners follow links and would record withdrawals nobody
 * made, RFC 8058): only the button's POST unsubscribes. The address is shown masked.
 */
export default async function UnsubscribePage({ params }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const [t, link] = await Promise.all([getTranslations({ locale, namespace: "Unsubscribe" }), orUnavailable(() => getUnsubscribeLink(publicContext, token))]);
  // The database is away: nothing can be looked up or changed; the notice asks to come back shortly.
  if (link === UNAVAILABLE) return <UnavailableNotice locale={locale} />;
  if (!link) {
    return (
      <section className="notice" aria-labelledby="unsubscribe-heading">
        <h1 id="unsubscribe-heading">{t("invalidTitle")}</h1>
        <p role="status">{t("invalid")}</p>
      </section>
    );
  }
  if (!link.subscribed) {
    return (
      <section className="notice" aria-labelledby="unsubscribe-heading">
        <h1 id="unsubscribe-heading">{t("doneTitle")}</h1>
        <p role="status">{t("done", { email: link.maskedEmail })}</p>
        <p>
          <Link href="/">{t("back")}</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="narrow" aria-labelledby="unsubscribe-heading">
      <h1 id="unsubscribe-heading">{t("askTitle")}</h1>
      <p>{t("ask", { email: link.maskedEmail })}</p>
      <form action={unsubscribeAction.bind(null, token, locale)}>
        <button type="submit">{t("button")}</button>
      </form>
      <p>
        <Link href={{ pathname: "/preferences/[token]", params: { token } }}>{t("preferences")}</Link>
      </p>
    </section>
  );
}
