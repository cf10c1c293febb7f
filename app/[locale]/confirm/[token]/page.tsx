import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ConfirmDetails } from "@/components/confirm-details";
import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { publicContext } from "@/server/context";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { getConfirmationLink } from "@/server/signatures/get-confirmation-link";
import { confirmAction, resendAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ state?: string }> };

export const generateMetadata = translatedTitle("ConfirmPage", "title", { private: true });

/**
 * Opening the emailed link only shows this page, naming the petition: mail scanners that follow
 * links must not sign anyone. It shows what pressing the button confirms (the latest details
 * signed with this address and the wording agreed to); the button posts, and only its first press
 * confirms. A link already used says so, grants nothing more, and points to what comes next.
 */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const [{ locale, token }, { state }] = await Promise.all([params, searchParams]);
  if (!isLocale(locale)) notFound();
  const [t, unavailable, link] = await Promise.all([getTranslations({ locale, namespace: "ConfirmPage" }), getTranslations({ locale, namespace: "Unavailable" }), orUnavailable(() => getConfirmationLink(publicContext, token, locale))]);
  if (link === UNAVAILABLE) return <UnavailableNotice locale={locale} />;
  const petition = link.status !== "invalid" && <p className="lead">{link.title}</p>;
  if (state === "resent" || state === "limit" || link.status === "expired") {
    return (
      <section className="narrow" aria-labelledby="confirm-heading">
        <h1 id="confirm-heading">{t("expiredTitle")}</h1>
        {petition}
        {state === "resent" || state === "limit" ? (
          <>
            <p role="status">{state === "resent" ? t("resent") : t("limit")}</p>
            <LocalMailboxHint locale={locale} />
          </>
        ) : (
          <>
            <p>{t("expired")}</p>
            <form action={resendAction.bind(null, token, locale)}>
              <button type="submit">{t("resend")}</button>
            </form>
          </>
        )}
      </section>
    );
  }
  if (link.status === "invalid") {
    return (
      <section className="narrow" aria-labelledby="confirm-heading">
        <h1 id="confirm-heading">{t("invalidTitle")}</h1>
        <p role="status">{t("invalid")}</p>
      </section>
    );
  }
  if (link.status === "confirmed") {
    return (
      <section className="narrow" aria-labelledby="confirm-heading">
        <h1 id="confirm-heading">{t("alreadyTitle")}</h1>
        {petition}
        <p role="status">{t("already")}</p>
        <p>
          <Link href={{ pathname: "/campaigns/[slug]/thank-you", params: { slug: link.slug } }}>{t("alreadyNext")}</Link>
        </p>
      </section>
    );
  }
  // Expired links were answered above; this narrows the type.
  if (link.status !== "pending") notFound();
  return (
    <section className="narrow" aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">{t("title")}</h1>
      {petition}
      {state === "changed" && <p role="status">{t("changed")}</p>}
      {state === UNAVAILABLE && <p role="alert">{unavailable("message")}</p>}
      <p>{t("body")}</p>
      <ConfirmDetails details={link.details} locale={locale} />
      <form action={confirmAction.bind(null, token, locale, link.details.fingerprint)}>
        <button type="submit">{t("button")}</button>
      </form>
    </section>
  );
}
