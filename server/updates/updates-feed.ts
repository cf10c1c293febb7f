import "server-only";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { atomFeed } from "@/lib/feeds/atom";
import type { Feed } from "@/lib/feeds/feed";
import { rssFeed } from "@/lib/feeds/rss";
import { env } from "@/lib/env";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { localizedPath } from "@/lib/i18n/localized-path";
import { localizeUpdateBody, updateHref } from "@/lib/updates/localize-update";
import { markdownToHtml } from "@/lib/updates/markdown-html";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import type { Context } from "@/server/context";
import { listPublishedUpdates } from "./list-published-updates";
import { loadCitedFindings } from "./load-cited-findings";
import { sourcesMarkdown } from "./sources-markdown";

// Feed readers poll; the newest fifty is what any of them shows.
const FEED_LENGTH = 50;

/**
 * The public updates (site-wide, or one public campaign's) as an RSS 2.0 or Atom 1.0 document in
 * one language, every URL absolute from APP_URL (the organiser's relative links too), each entry
 * with its sources as the site lists them; null for a campaign that is not public.
 */
export async function updatesFeed(ctx: Context, options: { format: "rss" | "atom"; locale: Locale; campaignSlug?: string; selfPath: string }): Promise<string | null> {
  const origin = env().APP_URL.replace(/\/$/, "");
  const campaign = options.campaignSlug ? await getPublicCampaign(ctx, options.campaignSlug, options.locale) : null;
  if (options.campaignSlug && !campaign) return null;
  const { updates } = await listPublishedUpdates(ctx, { campaignId: campaign?.id, limit: FEED_LENGTH });
  const findings = await loadCitedFindings(
    ctx,
    updates.flatMap((update) => update.citedIds),
  );
  // A route handler has no page locale: the translator is made for the feed's own language.
  const t = createTranslator({ locale: options.locale, messages: options.locale === "fr" ? fr : en, namespace: "Updates" });
  const sitePath = campaign ? localizedPath(options.locale, "/campaigns/[slug]/updates", { slug: campaign.slug }) : localizedPath(options.locale, "/updates");
  const feed: Feed = {
    title: campaign ? t("campaignFeedTitle", { campaign: campaign.title }) : t("feedTitle"),
    description: campaign ? campaign.summary : t("feedDescription"),
    language: options.locale === "fr" ? "fr-CA" : "en-CA",
    siteUrl: `${origin}${sitePath}`,
    selfUrl: `${origin}${options.selfPath}`,
    entries: updates.map((update) => {
      const known = new Set(update.citedIds);
      const body = localizeUpdateBody(localized(update.body, options.locale), options.locale, (id) => known.has(id), origin);
      const sources = sourcesMarkdown(options.locale, body.citations, findings);
      return {
        id: update.id,
        url: updateHref(update, options.locale, origin),
        title: localized(update.title, options.locale),
        html: markdownToHtml(sources ? `${body.markdown}\n\n${sources}` : body.markdown, body.citations),
        published: update.publishedAt,
        updated: update.updatedAt > update.publishedAt ? update.updatedAt : update.publishedAt,
      };
    }),
  };
  return options.format === "rss" ? rssFeed(feed) : atomFeed(feed);
}
