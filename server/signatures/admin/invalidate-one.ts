import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { signatures } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";
import { invalidateSignatures } from "./invalidate-signatures";
import { failed, ok, type Result } from "@/lib/result";
import { invalidationReason, refusal } from "./invalidation-reason";

const input = z.object({
  campaignId: z.uuid(),
  signatureId: z.uuid(),
  mark: z.enum(["invalidated", "fraudulent"]).default("invalidated"),
  reason: invalidationReason,
});

export type InvalidateOneError = ReturnType<typeof refusal> | "notFound";

/**
 * Invalidates one signature (admins and organisers): off the count at once, and audited with the
 * reason given, which is required. Invalidating an already invalidated signature changes nothing.
 */
export async function invalidateOne(context: Context, raw: unknown): Promise<Result<{ changed: number }, InvalidateOneError>> {
  const actor = authorize(context, "signatures.invalidate");
  const parsed = input.safeParse(postedFields(raw));
  if (!parsed.success) return failed(refusal(parsed.error));
  const { campaignId, signatureId, mark, reason } = parsed.data;
  return transaction(context, async ({ db }) => {
    const where = and(eq(signatures.campaignId, campaignId), eq(signatures.id, signatureId))!;
    const [before] = await db.select({ state: signatures.state }).from(signatures).where(where);
    if (!before) return failed("notFound");
    const changed = await invalidateSignatures(db, campaignId, where, mark);
    if (changed > 0) {
      await recordAudit(db, actor, { action: "signature.invalidate", entityType: "signature", entityId: signatureId, before: { state: before.state }, after: { state: mark, reason, campaignId } });
    }
    return ok({ changed });
  });
}
