import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { signatures } from "@/db/schema";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { eraseSupporter } from "@/server/privacy/erase-supporter";

// No note of how the person asked: whatever an organiser typed there would name them, and the
// audit entry must hold nothing that does. The ticked box is the whole of the record.
const input = z.object({
  campaignId: z.uuid(),
  signatureId: z.uuid(),
  confirm: z.literal("yes", { error: "confirmRequired" }),
});

export type EraseSignerError = "invalid" | "confirmRequired" | "gone";

/**
 * An organiser erases the supporter behind a signature, on that person's request (by email, phone
 * or letter): everything that identifies them goes (eraseSupporter), the counts stay. Audited in
 * the same transaction as "supporter.erase" on the data request it created, with no before or
 * after: the entry says that an erasure happened and who carried it out, never whom it was about.
 */
export async function eraseSigner(ctx: Context, raw: unknown): Promise<Result<{ requestId: number; campaignId: string }, EraseSignerError>> {
  const actor = authorize(ctx, "supporters.erase");
  const fields = postedFields(raw);
  const parsed = input.safeParse(fields);
  if (!parsed.success) return failed(parsed.error.issues.some((issue) => issue.path[0] === "confirm") && z.uuid().safeParse(fields.signatureId).success ? "confirmRequired" : "invalid");
  const { campaignId, signatureId } = parsed.data;
  return transaction(ctx, async (tx) => {
    const [signature] = await tx.db
      .select({ supporterId: signatures.supporterId })
      .from(signatures)
      .where(and(eq(signatures.id, signatureId), eq(signatures.campaignId, campaignId)));
    // A signature already anonymised has no supporter left to erase.
    if (!signature?.supporterId) return failed("gone");
    const erased = await eraseSupporter(tx, signature.supporterId, "organiser");
    if (!erased.ok) return failed(erased.error);
    await recordAudit(tx.db, actor, { action: "supporter.erase", entityType: "data-request", entityId: String(erased.requestId) });
    return ok({ requestId: erased.requestId, campaignId });
  });
}
