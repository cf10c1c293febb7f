import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { campaigns, campaignUpdates } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";

export type UnpublishResult = { ok: true; campaignId: string; campaignSlug: string } | { ok: false; error: "notFound" };

/**
 * Takes a published or scheduled update back to a draft (admins and organisers), audited; it
 * leaves the site, feeds and API at once. Publishing it again dates it anew. Unpublishing a draft
 * changes nothing but is still answered ok.
 */
export async function unpublishUpdate(updateId: unknown): Promise<UnpublishResult> {
  const actor = await requireRole(actionPolicy.unpublishUpdateAction);
  const id = z.uuid().safeParse(updateId);
  if (!id.success) return { ok: false, error: "notFound" };
  return transaction(async ({ db: tx }) => {
    const [before] = await tx.select().from(campaignUpdates).where(eq(campaignUpdates.id, id.data)).for("update");
    if (!before) return { ok: false, error: "notFound" };
    const [campaign] = await tx.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, before.campaignId));
    if (before.status !== "draft") {
      const [after] = await tx
        .update(campaignUpdates)
        .set({ status: "draft", publishAt: null, publishedAt: null, updatedAt: sql`now()` })
        .where(eq(campaignUpdates.id, before.id))
        .returning();
      await recordAudit(tx, actor, { action: "update.unpublish", entityType: "campaign_update", entityId: before.id, before, after });
    }
    return { ok: true, campaignId: before.campaignId, campaignSlug: campaign!.slug };
  });
}
