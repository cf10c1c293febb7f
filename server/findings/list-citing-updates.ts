import "server-only";
import { and, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { campaigns, campaignUpdates, updateCitations } from "@/db/schema";
import { database, type Context } from "@/server/context";

export type CitingUpdate = { id: string; campaignSlug: string; title: { en: string; fr: string }; publishedAt: Date };

/**
 * The public campaign updates that cite a finding, newest first (published, or scheduled and due,
 * of live and closed campaigns). Public: no actor check.
 */
export async function listCitingUpdates(ctx: Context, findingId: string): Promise<CitingUpdate[]> {
  const rows = await database(ctx)
    .select({ id: campaignUpdates.id, campaignSlug: campaigns.slug, titleEn: campaignUpdates.titleEn, titleFr: campaignUpdates.titleFr, publishedAt: campaignUpdates.visibleFrom })
    .from(updateCitations)
    .innerJoin(campaignUpdates, eq(campaignUpdates.id, updateCitations.updateId))
    .innerJoin(campaigns, eq(campaigns.id, campaignUpdates.campaignId))
    .where(and(eq(updateCitations.findingId, findingId), lte(campaignUpdates.visibleFrom, sql`now()`), inArray(campaigns.status, ["live", "closed"])))
    .orderBy(desc(campaignUpdates.visibleFrom))
    .limit(100);
  return rows.map(({ titleEn, titleFr, publishedAt, ...row }) => ({ ...row, title: { en: titleEn, fr: titleFr }, publishedAt: publishedAt! }));
}
