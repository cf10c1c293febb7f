import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { campaignUpdates, updateSends } from "@/db/schema";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Failed, type Ok } from "@/lib/result";
import { audienceInput } from "@/server/audience/audience";
import { countAudience } from "@/server/audience/count-audience";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { database, transaction, type Context } from "@/server/context";

export const sendUpdateInput = z.object({
  scope: audienceInput.shape.scope,
  province: audienceInput.shape.province,
  // The count the organiser saw and confirmed.
  expected: z.coerce.number({ error: "countChanged" }).int().min(1, "nobody"),
});

/** A changed count comes back with the count now, for the organiser to confirm again. */
export type SendUpdateResult = Ok<{ recipients: number }> | (Failed<"notFound" | "notPublished" | "nobody" | "countChanged" | "audienceInvalid"> & { count?: number });

/**
 * Emails a published update to an audience (admins and organisers). Refused when the audience is
 * no longer the size the organiser confirmed. Records the send and its job in one transaction; the
 * worker then renders the update once per language, lists the audience and queues a message per
 * person through the batch path (./prepare-update-send.ts, run by the worker's updates.send job), so a large audience never
 * weighs on a web request. Audited. `raw` is the send form as posted (or its fields): the `updateId`
 * and the audience.
 */
export async function sendUpdate(ctx: Context, raw: unknown): Promise<SendUpdateResult> {
  const actor = authorize(ctx, "updates.send");
  const fields = postedFields(raw);
  const updateId = String(fields.updateId);
  const parsed = sendUpdateInput.safeParse(fields);
  if (!parsed.success) return failed(parsed.error.issues[0]?.message === "nobody" ? "nobody" : "audienceInvalid");
  const db = database(ctx);
  const [update] = await db.select().from(campaignUpdates).where(eq(campaignUpdates.id, updateId));
  if (!update) return failed("notFound");
  const [visible] = await db
    .select({ id: campaignUpdates.id })
    .from(campaignUpdates)
    .where(and(eq(campaignUpdates.id, updateId), lte(campaignUpdates.visibleFrom, sql`now()`)));
  if (!visible) return failed("notPublished");
  const audience = { campaignId: update.campaignId, scope: parsed.data.scope, province: parsed.data.province };
  const count = await countAudience(ctx, audience);
  if (count !== parsed.data.expected) return { ...failed("countChanged"), count };

  return transaction(ctx, async (tx) => {
    const [send] = await tx.db
      .insert(updateSends)
      .values({ updateId, scope: audience.scope, province: audience.province ?? null, audience: count, createdBy: actor.userId })
      .returning({ id: updateSends.id });
    await tx.enqueue("updates.send", { sendId: send!.id });
    await recordAudit(tx.db, actor, { action: "update.send", entityType: "campaign_update", entityId: updateId, after: { ...audience, audienceSize: count, sendId: send!.id } });
    return ok({ recipients: count });
  });
}
