import "server-only";
import { asc, eq, inArray } from "drizzle-orm";
import { campaignFindings, findings } from "@/db/schema";
import { transaction, type Context } from "@/server/context";

export type FindingsChange = { before: string[]; after: string[] };

/**
 * Makes `findingIds` the findings a campaign stands on, in the caller's transaction (the
 * campaign save, which has checked the actor's role and audits the change). They are numbered by
 * the findings' dates, oldest first, so the campaign page tells the story in order whatever order
 * the form sent them in; ids no longer in the library are dropped rather than failing the save.
 * Returns the ids before and after, in position order, for the audit entry. Idempotent.
 */
export function replaceCampaignFindings(ctx: Context, campaignId: string, findingIds: string[]): Promise<FindingsChange> {
  return transaction(ctx, async ({ db: tx }) => {
    const current = await tx.select({ id: campaignFindings.findingId }).from(campaignFindings).where(eq(campaignFindings.campaignId, campaignId)).orderBy(asc(campaignFindings.position));
    const wanted = findingIds.length
      ? await tx
          .select({ id: findings.id })
          .from(findings)
          .where(inArray(findings.id, [...new Set(findingIds)]))
          .orderBy(asc(findings.sortDate), asc(findings.id))
      : [];
    const before = current.map((row) => row.id);
    const after = wanted.map((row) => row.id);
    if (before.join("\n") === after.join("\n")) return { before, after };
    await tx.delete(campaignFindings).where(eq(campaignFindings.campaignId, campaignId));
    if (after.length) await tx.insert(campaignFindings).values(after.map((findingId, position) => ({ campaignId, findingId, position })));
    return { before, after };
  });
}
