import "server-only";
import { and, eq, inArray, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { campaigns, campaignUpdates, updateCitations } from "@/db/schema";
import type { PublishedUpdate } from "./list-published-updates";

/**
 * One public update of a public campaign (see listPublishedUpdates for what public means), or
 * null: unknown, not yet public, or of another campaign. Public: no actor check.
 */
export async function getPublishedUpdate(campaignSlug: string, updateId: string): Promise<PublishedUpdate | null> {
  if (!z.uuid().safeParse(updateId).success) return null;
  const [row] = await db()
    .select({ update: campaignUpdates, slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr })
    .from(campaignUpdates)
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(and(eq(campaignUpdates.id, updateId), eq(campaigns.slug, campaignSlug), inArray(campaigns.status, ["live", "closed"]), lte(campaignUpdates.visibleFrom, sql`now()`)));
  if (!row) return null;
  const cited = await db().select({ id: updateCitations.findingId }).from(updateCitations).where(eq(updateCitations.updateId, updateId)).orderBy(updateCitations.position);
  const { update } = row;
  return {
    id: update.id,
    campaign: { id: update.campaignId, slug: row.slug, title: { en: row.titleEn, fr: row.titleFr } },
    title: { en: update.titleEn, fr: update.titleFr },
    body: { en: update.bodyEn, fr: update.bodyFr },
    publishedAt: update.visibleFrom!,
    updatedAt: update.updatedAt,
    citedIds: cited.map((citation) => citation.id),
  };
}
