import "server-only";
import { and, eq, lte, sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { campaignUpdates, updateSends } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { audienceInput } from "@/server/audience/audience";
import { countAudience } from "@/server/audience/count-audience";
import { listAudience } from "@/server/audience/list-audience";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";
import { queueBroadcast } from "@/server/mail/queue-broadcast";
import { updateEmailContent } from "./update-email-content";

export const sendUpdateInput = z.object({
  scope: audienceInput.shape.scope,
  province: audienceInput.shape.province,
  // The count the organiser saw and confirmed.
  expected: z.coerce.number({ error: "countChanged" }).int().min(1, "nobody"),
});

export type SendUpdateResult = { ok: true; queued: number } | { ok: false; error: "notFound" | "notPublished" | "nobody" | "countChanged" | "audienceInvalid"; count?: number };

/**
 * Emails a published update to an audience (admins and organisers), through the email pipeline's
 * batch path: one rendering per language, a message per recipient, a job per hundred. Refused when
 * the audience is no longer the size the organiser confirmed. A person already sent this update
 * (through another audience) is not sent it again. Audited.
 */
export async function sendUpdate(updateId: string, raw: unknown): Promise<SendUpdateResult> {
  const actor = await requireRole(actionPolicy.sendUpdateAction);
  const parsed = sendUpdateInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: parsed.error.issues[0]?.message === "nobody" ? "nobody" : "audienceInvalid" };
  const [update] = await db().select().from(campaignUpdates).where(eq(campaignUpdates.id, updateId));
  if (!update) return { ok: false, error: "notFound" };
  const [visible] = await db().select({ id: campaignUpdates.id }).from(campaignUpdates).where(and(eq(campaignUpdates.id, updateId), lte(campaignUpdates.visibleFrom, sql`now()`)));
  if (!visible) return { ok: false, error: "notPublished" };
  const audience = { campaignId: update.campaignId, scope: parsed.data.scope, province: parsed.data.province };
  const count = await countAudience(audience);
  if (count !== parsed.data.expected) return { ok: false, error: "countChanged", count };
  const content = await updateEmailContent(updateId);
  if (!content) return { ok: false, error: "notFound" };

  return transaction(async (tx) => {
    const recipients = await listAudience(tx.db, audience);
    const { broadcastId, queued } = await queueBroadcast(tx, { kind: "campaign-update", idempotencyPrefix: `update/${updateId}`, content, recipients, createdBy: actor.userId });
    await tx.db.insert(updateSends).values({ updateId, scope: audience.scope, province: audience.province ?? null, broadcastId, queued, createdBy: actor.userId });
    await recordAudit(tx.db, actor, { action: "update.send", entityType: "update", entityId: updateId, after: { ...audience, audienceSize: recipients.length, queued } });
    return { ok: true, queued } as const;
  });
}
