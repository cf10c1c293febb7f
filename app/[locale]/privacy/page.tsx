import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PrivacyCollect } from "@/components/privacy/privacy-collect";
import { PrivacyKeep } from "@/components/privacy/privacy-keep";
import { PrivacyRights } from "@/components/privacy/privacy-rights";
import { PrivacyShare } from "@/components/privacy/privacy-share";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { organisationName } from "@/lib/i18n/organisation-name";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { publicContext } from "@/server/context";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { describePrivacy } from "@/server/privacy/describe-privacy";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("privacy", "title");

/**
 * /en/privacy, /fr/confidentialite: written from what this installation does (describePrivacy),
 * never by hand, so that changing a retention period, the mail transport or the Represent switch
 * changes what the page promises.
 */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const [t, facts] = await Promise.all([getTranslations({ locale, namespace: "privacy" }), orUnavailable(() => describePrivacy(publicContext))]);
  if (facts === UNAVAILABLE) return <UnavailableNotice locale={locale} />;
  return (
    <article className="stack privacy" aria-labelledby="privacy-heading">
      <h1 id="privacy-heading">{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {facts.organisation && <p>{t("responsible", { organisation: organisationName(facts.organisation, locale) })}</p>}
      <PrivacyCollect locale={locale} offers={facts.offers} />
      <PrivacyKeep locale={locale} retention={facts.retention} campaignPeriods={facts.campaignPeriods} />
      <PrivacyShare locale={locale} facts={facts} />
      <PrivacyRights locale={locale} facts={facts} />
    </article>
  );
}
