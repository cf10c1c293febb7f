import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { signatures } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { failed, ok, type Result } from "@/lib/result";
import { invalidationReason, refusal } from "./invalidation-reason";
import { restoreSignatures } from "./restore-signatures";

const input = z.object({ campaignId: z.uuid(), signatureId: z.uuid(), reason: invalidationReason });

export type RestoreError = ReturnType<typeof refusal> | "notRestorable";

/**
 * Undoes an organiser's invalidation (admins and organisers): the signature goes back to the state
 * it had, confirmed if it had been confirmed (its confirmation time is kept through invalidation),
 * else awaiting confirmation, and a confirmed one counts again in the total, its province and its
 * riding, in the same transaction. Only signatures an organiser invalidated (they carry the time)
 * can be restored: those the rate limit marked fraudulent on arrival never counted. Audited with
 * the reason, which is required. Restoring twice changes nothing the second time.
 */
export async function restoreSignature(context: Context, raw: unknown): Promise<Result<{ state: "pending" | "confirmed" }, RestoreError>> {
  const actor = authorize(context, "signatures.restore");
  const parsed = input.safeParse(postedFields(raw));
  if (!parsed.success) return failed(refusal(parsed.error));
  const { campaignId, signatureId, reason } = parsed.data;
  return transaction(context, async ({ db }) => {
    const [row] = await restoreSignatures(db, campaignId, and(eq(signatures.campaignId, campaignId), eq(signatures.id, signatureId))!);
    if (!row) return failed("notRestorable");
    await recordAudit(db, actor, { action: "signature.restore", entityType: "signature", entityId: signatureId, before: { state: row.previous }, after: { state: row.state, reason, campaignId } });
    return ok({ state: row.state });
  });
}
