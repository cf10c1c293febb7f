import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignProgress } from "@/components/campaign-progress";
import { CampaignFindings } from "@/components/findings/campaign-findings";
import { Markdown } from "@/components/markdown";
import { ProvinceCounts } from "@/components/province-counts";
import { RidingCounts } from "@/components/riding-counts";
import { ShareLinks } from "@/components/share-links";
import { SignForm } from "@/components/sign-form";
import { CampaignUpdates } from "@/components/updates/campaign-updates";
import { db } from "@/db/client";
import { formatDate } from "@/lib/i18n/dates";
import { countryOptions } from "@/lib/countries";
import { env } from "@/lib/env";
import { localized } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { feedAlternates } from "@/lib/updates/feed-links";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { consentTextsFor } from "@/server/signatures/consent-texts";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";
import { signAction } from "./actions";

// Rendered on first request, then served from Next's cache and rebuilt at most once a second:
// a viral petition's page costs one render a second, and the count shown is never more than a
// couple of seconds old. Nothing on it depends on who is looking.
export const revalidate = 1;
export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const campaign = await getPublicCampaign(slug, locale);
  if (!campaign) notFound();
  return { locale, campaign };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, campaign } = await load(props);
  const t = await getTranslations({ locale, namespace: "Updates" });
  return {
    title: campaign.title,
    description: campaign.summary,
    openGraph: { title: campaign.title, description: campaign.summary, type: "website" },
    alternates: feedAlternates(locale, t("campaignFeedTitle", { campaign: campaign.title }), campaign.slug),
  };
}

export default async function CampaignPage(props: Props) {
  const { locale, campaign } = await load(props);
  const [t, counts, consent] = await Promise.all([
    getTranslations({ locale, namespace: "Counts" }),
    // Fresh: the page itself is rebuilt at most once a second, so this read is already rationed.
    getSignatureCounts(campaign.id, { fresh: true }),
    campaign.open ? consentTextsFor(db(), campaign.id) : Promise.resolve(null),
  ]);
  const tc = await getTranslations({ locale, namespace: "Campaign" });
  const url = `${env().APP_URL}${getPathname({ href: { pathname: "/campaigns/[slug]", params: { slug: campaign.slug } }, locale })}`;
  const notYetOpen = campaign.opensAt !== null && campaign.opensAt > new Date();
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
          <h2 id="sign-heading">{(await getTranslations({ locale, namespace: "Sign" }))("heading")}</h2>
          {consent ? (
            <SignForm
              action={signAction.bind(null, campaign.slug, locale)}
              petitionConsent={{ id: consent.petition.id, text: localized({ en: consent.petition.textEn, fr: consent.petition.textFr }, locale) }}
              updatesConsent={consent.updates && { id: consent.updates.id, text: localized({ en: consent.updates.textEn, fr: consent.updates.textFr }, locale) }}
              countries={countryOptions(locale)}
            />
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
