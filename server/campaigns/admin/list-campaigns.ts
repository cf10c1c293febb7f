import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import { campaigns, signatures } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";

/**
 * Every campaign with its state, confirmed count, goal, and how many of the signatures made in the
 * last 24 hours are confirmed (bounded by the signing time, so it reads one day of the
 * (campaign_id, created_at) index, not the whole campaign).
 */
export async function listCampaignsForAdmin(ctx: Context) {
  authorize(ctx, "campaigns.list");
  const db = database(ctx);
  const rows = await db.select({ id: campaigns.id, slug: campaigns.slug, titleEn: campaigns.titleEn, titleFr: campaigns.titleFr, status: campaigns.status, goal: campaigns.goal, updatedAt: campaigns.updatedAt }).from(campaigns).orderBy(desc(campaigns.createdAt));
  return Promise.all(
    rows.map(async (row) => {
      const [counts, [recent]] = await Promise.all([
        getSignatureCounts(row.id, { fresh: true }),
        db
          .select({ n: sql<number>`count(*)::int` })
          .from(signatures)
          .where(and(eq(signatures.campaignId, row.id), gt(signatures.createdAt, sql`now() - interval '24 hours'`), eq(signatures.state, "confirmed"))),
      ]);
      return { ...row, confirmed: counts.total, lastDay: recent?.n ?? 0 };
    }),
  );
}
