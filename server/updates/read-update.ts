import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import { campaigns, campaignUpdates, updateCitations } from "@/db/schema";
import { database, type Context } from "@/server/context";
import type { PublishedUpdate } from "./list-published-updates";

export type UpdateRead = PublishedUpdate & { status: (typeof campaignUpdates.$inferSelect)["status"]; campaignStatus: (typeof campaigns.$inferSelect)["status"]; visible: boolean };

/**
 * One update with its campaign and its citations in order, where `where` (on the update and its
 * campaign) holds; null otherwise. The public page and the organisers' preview both read it here,
 * so the preview is the page. A draft has no publication time yet: it shows as if published now.
 */
export async function readUpdate(ctx: Context, updateId: string, where: SQL): Promise<UpdateRead | null> {
  const db = database(ctx);
  const [row] = await db
    .select({ update: campaignUpdates, slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr, campaignStatus: campaigns.status })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(and(eq(campaignUpdates.id, updateId), where));
  if (!row) return null;
  const cited = await db.select({ id: updateCitations.findingId }).from(updateCitations).where(eq(updateCitations.updateId, updateId)).orderBy(updateCitations.position);
  const { update } = row;
  const now = new Date();
  return {
    id: update.id,
    campaign: { id: update.campaignId, slug: row.slug, title: { en: row.titleEn, fr: row.titleFr } },
    title: { en: update.titleEn, fr: update.titleFr },
    body: { en: update.bodyEn, fr: update.bodyFr },
    publishedAt: update.visibleFrom ?? now,
    updatedAt: update.updatedAt,
    citedIds: cited.map((citation) => citation.id),
    status: update.status,
    campaignStatus: row.campaignStatus,
    visible: update.visibleFrom !== null && update.visibleFrom <= now && (row.campaignStatus === "live" || row.campaignStatus === "closed"),
  };
}
