import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { signatureInvalidations, signatures } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { failed, ok, type Result } from "@/lib/result";
import { invalidationReason, refusal } from "./invalidation-reason";
import { restoreSignatures } from "./restore-signatures";

const input = z.object({ campaignId: z.uuid(), invalidationId: z.uuid(), reason: invalidationReason });

export type UndoError = ReturnType<typeof refusal> | "notFound";
export type UndoResult = Result<{ restored: number; confirmed: number; alreadyUndone: boolean }, UndoError>;

/**
 * Undoes a bulk invalidation in one step (admins and organisers): every signature it changed that
 * is still in the state it gave them goes back as restoreSignature would put it back (confirmed and
 * counted again, or pending), in one transaction. Those restored or invalidated again since are left
 * as they are. The reason is required; the undo is audited as "signatures.restore_bulk" and marked
 * on the record. Undoing twice changes nothing the second time (alreadyUndone, nothing restored).
 */
export async function undoInvalidation(context: Context, raw: unknown): Promise<UndoResult> {
  const actor = authorize(context, "signatures.restore");
  const parsed = input.safeParse(postedFields(raw));
  if (!parsed.success) return failed(refusal(parsed.error));
  const { campaignId, invalidationId, reason } = parsed.data;
  return transaction(context, async ({ db }): Promise<UndoResult> => {
    // Locked, so two organisers undoing at once restore once.
    const [invalidation] = await db
      .select({ mark: signatureInvalidations.mark, undoneAt: signatureInvalidations.undoneAt })
      .from(signatureInvalidations)
      .where(and(eq(signatureInvalidations.campaignId, campaignId), eq(signatureInvalidations.id, invalidationId)))
      .for("update");
    if (!invalidation) return failed("notFound");
    if (invalidation.undoneAt) return ok({ restored: 0, confirmed: 0, alreadyUndone: true });
    const where = and(eq(signatures.campaignId, campaignId), eq(signatures.invalidationId, invalidationId), eq(signatures.state, invalidation.mark))!;
    const restored = await restoreSignatures(db, campaignId, where);
    const confirmed = restored.filter((row) => row.state === "confirmed").length;
    await db.update(signatureInvalidations).set({ undoneAt: new Date(), undoneBy: actor.email, undoReason: reason }).where(eq(signatureInvalidations.id, invalidationId));
    await recordAudit(db, actor, {
      action: "signatures.restore_bulk",
      entityType: "campaign",
      entityId: campaignId,
      before: { invalidationId, state: invalidation.mark },
      after: { restored: restored.length, confirmed, pending: restored.length - confirmed, reason },
    });
    return ok({ restored: restored.length, confirmed, alreadyUndone: false });
  });
}
