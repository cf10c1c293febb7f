import { getTranslations } from "next-intl/server";
import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { confirmAction, resendAction } from "./actions";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ state?: string }> };

export const generateMetadata = translatedTitle("ConfirmPage", "title", { private: true });

/**
 * Opening the emailed link only shows this page: mail scanners that follow links must not sign
 * anyone. The button posts, and only that confirms.
 */
export default async function ConfirmPage({ params, searchParams }: Props) {
  const [{ locale, token }, { state }] = await Promise.all([params, searchParams]);
  const t = await getTranslations({ locale, namespace: "ConfirmPage" });
  if (state === "expired" || state === "resent" || state === "limit") {
    return (
      <section className="narrow" aria-labelledby="confirm-heading">
        <h1 id="confirm-heading">{t("expiredTitle")}</h1>
        {state === "expired" ? (
          <>
            <p>{t("expired")}</p>
            <form action={resendAction.bind(null, token, locale)}>
              <button type="submit">{t("resend")}</button>
            </form>
          </>
        ) : (
          <>
            <p role="status">{state === "resent" ? t("resent") : t("limit")}</p>
            <LocalMailboxHint locale={isLocale(locale) ? locale : "en"} />
          </>
        )}
      </section>
    );
  }
  if (state === "invalid") {
    return (
      <section className="narrow" aria-labelledby="confirm-heading">
        <h1 id="confirm-heading">{t("invalidTitle")}</h1>
        <p role="status">{t("invalid")}</p>
      </section>
    );
  }
  return (
    <section className="narrow" aria-labelledby="confirm-heading">
      <h1 id="confirm-heading">{t("title")}</h1>
      <p>{t("body")}</p>
      <form action={confirmAction.bind(null, token, locale)}>
        <button type="submit">{t("button")}</button>
      </form>
    </section>
  );
}
