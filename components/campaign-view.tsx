import { getTranslations } from "next-intl/server";
import type { SignState } from "@/server/signatures/sign-form-state";
import { CampaignProgress } from "@/components/campaign-progress";
import { CampaignFindings } from "@/components/findings/campaign-findings";
import { Markdown } from "@/components/markdown";
import { ProvinceCounts } from "@/components/province-counts";
import { RidingCounts } from "@/components/riding-counts";
import { ShareLinks } from "@/components/share-links";
import { SignForm } from "@/components/sign-form";
import { PrivacyLink } from "@/components/privacy/privacy-link";
import { CampaignUpdates } from "@/components/updates/campaign-updates";
import { countryOptions } from "@/lib/countries";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/dates";
import { localized } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicCampaign } from "@/server/campaigns/to-public-campaign";
import { campaignConsent } from "@/server/public-pages/public-reads";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";

type Props = {
  campaign: PublicCampaign;
  locale: Locale;
  signAction: (state: SignState, form: FormData) => Promise<SignState>;
  /** The organisers' preview: the same page, with a form that cannot be sent. */
  preview?: boolean;
};

/** A campaign's page: its case, its count, the findings and updates it stands on, and the form. */
export async function CampaignView({ campaign, locale, signAction, preview = false }: Props) {
  const [t, tc, ts, counts, consent] = await Promise.all([
    getTranslations({ locale, namespace: "Counts" }),
    getTranslations({ locale, namespace: "Campaign" }),
    getTranslations({ locale, namespace: "Sign" }),
    // Memoised a second: the page renders on every request, the database sees one small query a second.
    getSignatureCounts(campaign.id),
    campaign.open ? campaignConsent(campaign.id) : Promise.resolve(null),
  ]);
  const url = `${env().APP_URL}${getPathname({ href: { pathname: "/campaigns/[slug]", params: { slug: campaign.slug } }, locale })}`;
  const notYetOpen = campaign.opensAt !== null && campaign.opensAt > new Date();
  const form = consent && (
    <SignForm
      action={signAction}
      petitionConsent={{ id: consent.petition.id, text: localized({ en: consent.petition.textEn, fr: consent.petition.textFr }, locale) }}
      updatesConsent={consent.updates && { id: consent.updates.id, text: localized({ en: consent.updates.textEn, fr: consent.updates.textFr }, locale) }}
      countries={countryOptions(locale)}
      privacyLink={<PrivacyLink locale={locale} />}
    />
  );
  return (
    <article className="campaign">
      <header>
        <h1>{campaign.title}</h1>
        <p className="lead">{campaign.summary}</p>
        <CampaignProgress count={counts.total} goal={campaign.goal} />
        <p className="muted">
          {campaign.opensAt && !notYetOpen && t("opened", { date: formatDate(campaign.opensAt, locale) })}
          {campaign.closesAt && (campaign.open ? ` · ${t("closes", { date: formatDate(campaign.closesAt, locale) })}` : ` · ${t("closed", { date: formatDate(campaign.closesAt, locale) })}`)}
        </p>
      </header>
      <div className="campaign-columns">
        <div>
          <section aria-labelledby="demand-heading" className="demand">
            <h2 id="demand-heading">{tc("demandHeading")}</h2>
            <p>{campaign.demand}</p>
            <h3>{tc("targetHeading")}</h3>
            <p>{campaign.target}</p>
          </section>
          <Markdown source={campaign.body} />
          <CampaignFindings campaignId={campaign.id} />
          <CampaignUpdates campaignId={campaign.id} slug={campaign.slug} />
          <ProvinceCounts rows={counts.byProvince} locale={locale} />
          <RidingCounts rows={counts.byRiding} locale={locale} />
        </div>
        <aside aria-labelledby="sign-heading" className="sign-panel">
          <h2 id="sign-heading">{ts("heading")}</h2>
          {form ? (
            // A disabled fieldset keeps every control of the preview's form from being used or sent.
            preview ? (
              <fieldset disabled className="preview-form">
                {form}
              </fieldset>
            ) : (
              form
            )
          ) : (
            <p role="status" className="notice">
              {notYetOpen && campaign.opensAt ? tc("notOpenYet", { date: formatDate(campaign.opensAt, locale) }) : tc("closed")}
            </p>
          )}
        </aside>
      </div>
      <ShareLinks url={url} title={campaign.title} />
    </article>
  );
}
