import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignView } from "@/components/campaign-view";
import { isLocale } from "@/lib/i18n/routing";
import { feedAlternates } from "@/lib/updates/feed-links";
import { publicCampaign } from "@/server/public-pages/public-reads";
import { signAction } from "./actions";

// Rendered per request (its scripts carry the response's CSP nonce) from memoised reads
// (server/public-pages): a viral petition's page costs the database a few small queries a second
// whatever its traffic, and the count shown is never more than a couple of seconds old.

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const campaign = await publicCampaign(slug, locale);
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
  return <CampaignView campaign={campaign} locale={locale} signAction={signAction.bind(null, campaign.slug, locale)} />;
}
