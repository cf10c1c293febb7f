import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { campaigns, campaignUpdates } from "@/db/schema";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

export type UnpublishResult = Result<{ campaignId: string; campaignSlug: string }, "notFound">;

/**
 * Takes a published or scheduled update back to a draft (admins and organisers), audited; it
 * leaves the site, feeds and API at once. Publishing it again dates it anew. Unpublishing a draft
 * changes nothing but is still answered ok. `raw` is the form as posted (or its fields): the `updateId`.
 */
export async function unpublishUpdate(ctx: Context, raw: unknown): Promise<UnpublishResult> {
  const actor = authorize(ctx, "updates.edit");
  const id = z.uuid().safeParse(postedFields(raw).updateId);
  if (!id.success) return failed("notFound");
  return transaction(ctx, async ({ db: tx }): Promise<UnpublishResult> => {
    const [before] = await tx.select().from(campaignUpdates).where(eq(campaignUpdates.id, id.data)).for("update");
    if (!before) return failed("notFound");
    const [campaign] = await tx.select({ slug: campaigns.slug }).from(campaigns).where(eq(campaigns.id, before.campaignId));
    if (before.status !== "draft") {
      const [after] = await tx
        .update(campaignUpdates)
        .set({ status: "draft", publishAt: null, publishedAt: null, updatedAt: sql`now()` })
        .where(eq(campaignUpdates.id, before.id))
        .returning();
      await recordAudit(tx, actor, { action: "update.unpublish", entityType: "campaign_update", entityId: before.id, before, after });
    }
    return ok({ campaignId: before.campaignId, campaignSlug: campaign!.slug });
  });
}
