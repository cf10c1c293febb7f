import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { campaigns, campaignUpdates } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/**
 * A campaign and all its updates for the panel (every role may read them), newest first by the
 * time they went or go public, drafts (no such time) first; null when the campaign does not exist.
 */
export async function listUpdatesForAdmin(ctx: Context, campaignId: string) {
  authorize(ctx, "updates.read");
  if (!z.uuid().safeParse(campaignId).success) return null;
  const db = database(ctx);
  const [campaign] = await db.select({ id: campaigns.id, slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr, status: campaigns.status }).from(campaigns).where(eq(campaigns.id, campaignId));
  if (!campaign) return null;
  const updates = await db
    .select({ id: campaignUpdates.id, titleEn: campaignUpdates.titleEn, titleFr: campaignUpdates.titleFr, status: campaignUpdates.status, visibleFrom: campaignUpdates.visibleFrom, updatedAt: campaignUpdates.updatedAt })
    .from(campaignUpdates)
    .where(eq(campaignUpdates.campaignId, campaignId))
    .orderBy(sql`${campaignUpdates.visibleFrom} desc nulls first`, desc(campaignUpdates.updatedAt));
  return { campaign, updates };
}
