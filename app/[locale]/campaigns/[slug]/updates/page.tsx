import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { FeedLinks } from "@/components/updates/feed-links";
import { UpdateList } from "@/components/updates/update-list";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { feedAlternates } from "@/lib/updates/feed-links";
import { publicContext } from "@/server/context";
import { publicCampaign, publishedUpdates } from "@/server/public-pages/public-reads";
import { loadCitedFindings } from "@/server/updates/load-cited-findings";

type Props = { params: Promise<{ locale: string; slug: string }>; searchParams: Promise<{ before?: string }> };

async function load(params: Props["params"]) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const campaign = await publicCampaign(slug, locale);
  if (!campaign) notFound();
  return { locale, campaign };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, campaign } = await load(params);
  const t = await getTranslations({ locale, namespace: "Updates" });
  return { title: t("campaignTitle", { campaign: campaign.title }), alternates: feedAlternates(locale, t("campaignFeedTitle", { campaign: campaign.title }), campaign.slug) };
}

/** One public campaign's updates, newest first, 20 a page by keyset (`?before=`). */
export default async function CampaignUpdatesPage({ params, searchParams }: Props) {
  const { locale, campaign } = await load(params);
  const [t, page] = await Promise.all([getTranslations({ locale, namespace: "Updates" }), searchParams.then((query) => publishedUpdates({ campaignId: campaign.id, before: query.before ?? null }))]);
  const findings = await loadCitedFindings(
    publicContext,
    page.updates.flatMap((update) => update.citedIds),
  );
  const path = getPathname({ href: { pathname: "/campaigns/[slug]/updates", params: { slug: campaign.slug } }, locale });
  return (
    <>
      <p>
        <Link href={{ pathname: "/campaigns/[slug]", params: { slug: campaign.slug } }}>{t("backToCampaign")}</Link>
      </p>
      <h1>{t("campaignTitle", { campaign: campaign.title })}</h1>
      <FeedLinks locale={locale} slug={campaign.slug} />
      <UpdateList updates={page.updates} findings={findings} olderHref={page.next ? `${path}?before=${page.next}` : null} />
    </>
  );
}
