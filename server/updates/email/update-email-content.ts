import "server-only";
import { eq } from "drizzle-orm";
import { campaigns, campaignUpdates } from "@/db/schema";
import type { CampaignUpdateProps } from "@/emails/campaign-update";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { citedIdsOf } from "@/lib/updates/citations";
import { database, type Context } from "@/server/context";
import { localizeUpdateBody, updateHref } from "@/lib/updates/localize-update";
import { loadCitedFindings } from "../load-cited-findings";
import { sourcesMarkdown } from "../sources-markdown";

export type UpdateEmailContent = Record<Locale, Omit<CampaignUpdateProps, "recipientName">>;

/**
 * An update as its email says it, in each language: the title, the Markdown with each citation a
 * numbered link to the finding's page (as on the site) and a list of those findings at the end (with
 * the issuing body's own documents, dated as on the site), every link absolute, and the address of
 * the update.
 */
export async function updateEmailContent(ctx: Context, updateId: string): Promise<UpdateEmailContent | null> {
  const [row] = await database(ctx).select({ update: campaignUpdates, slug: campaigns.slug }).from(campaignUpdates).innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId)).where(eq(campaignUpdates.id, updateId));
  if (!row) return null;
  const { update, slug } = row;
  const byId = await loadCitedFindings(ctx, citedIdsOf({ en: update.bodyEn, fr: update.bodyFr }));
  const origin = env().APP_URL.replace(/\/$/, "");

  const content = (locale: Locale) => {
    const { markdown, citations } = localizeUpdateBody(locale === "fr" ? update.bodyFr : update.bodyEn, locale, (id) => byId.has(id), origin);
    return {
      title: locale === "fr" ? update.titleFr : update.titleEn,
      bodyMarkdown: [markdown, sourcesMarkdown(locale, citations, byId)].filter(Boolean).join("\n\n---\n\n"),
      url: updateHref({ id: update.id, campaign: { slug } }, locale, origin),
    };
  };
  return { en: content("en"), fr: content("fr") };
}
