import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { PrivacyLink } from "@/components/privacy/privacy-link";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { publicContext } from "@/server/context";
import { getPreferences } from "@/server/subscribers/get-preferences";
import { savePreferencesAction, unsubscribeEverythingAction } from "./actions";
import { organisationName } from "@/lib/i18n/organisation-name";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ saved?: string; unsubscribed?: string; error?: string }> };

export const generateMetadata = translatedTitle("Preferences", "title", { private: true });

/**
 * Reached from the footer of every bulk email, without signing in (the link carries a signed
 * token). Opening it changes nothing; only its buttons do.
 */
export default async function PreferencesPage({ params, searchParams }: Props) {
  const { locale, token } = await params;
  if (!isLocale(locale)) notFound();
  const [t, unavailable, query, preferences, organisation] = await Promise.all([
    getTranslations({ locale, namespace: "Preferences" }),
    getTranslations({ locale, namespace: "Unavailable" }),
    searchParams,
    orUnavailable(() => getPreferences(publicContext, token, locale)),
    orUnavailable(() => getOrganisation()),
  ]);
  if (preferences === UNAVAILABLE || organisation === UNAVAILABLE) return <UnavailableNotice locale={locale} />;
  if (!preferences) {
    return (
      <section className="notice" aria-labelledby="preferences-heading">
        <h1 id="preferences-heading">{t("title")}</h1>
        <p role="alert">{t("invalid")}</p>
      </section>
    );
  }
  const notice = query.saved ? t("saved") : query.unsubscribed ? t("unsubscribed") : null;
  return (
    <section className="stack" aria-labelledby="preferences-heading">
      <h1 id="preferences-heading">{t("title")}</h1>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      {query.error && (
        <p role="alert" className="error-summary">
          {query.error === UNAVAILABLE ? unavailable("message") : t(query.error === "invalidChoice" ? "invalidChoice" : "invalid")}
        </p>
      )}
      <p>{t("intro", { organisation: organisation ? organisationName(organisation, locale) : "Chorus", email: preferences.maskedEmail })}</p>
      {!preferences.subscribed && <p>{t("notSubscribed")}</p>}
      <form action={savePreferencesAction.bind(null, token, locale)} className="stack">
        <fieldset className="field">
          <legend>{t("language")}</legend>
          {(["en", "fr"] as const).map((code) => (
            // Each language named in itself, as language pickers do.
            <label key={code} className="choice" lang={code}>
              <input type="radio" name="locale" value={code} defaultChecked={preferences.locale === code} /> {code === "en" ? "English" : "Français"}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t("campaigns")}</legend>
          {preferences.campaigns.length === 0 ? (
            <p>{t("noCampaigns")}</p>
          ) : (
            <>
              <p className="hint">{t("campaignsHint")}</p>
              {preferences.campaigns.map((campaign) => (
                <label key={campaign.id} className="choice">
                  <input type="checkbox" name="hearing" value={campaign.id} defaultChecked={campaign.hearing} /> {campaign.title}
                </label>
              ))}
            </>
          )}
        </fieldset>
        <button type="submit">{t("save")}</button>
        <PrivacyLink locale={locale} />
      </form>
      {preferences.subscribed && (
        <form action={unsubscribeEverythingAction.bind(null, token, locale)} className="stack">
          <h2>{t("everything")}</h2>
          <p>{t("everythingHint")}</p>
          <button type="submit" className="secondary">
            {t("unsubscribe")}
          </button>
        </form>
      )}
    </section>
  );
}
