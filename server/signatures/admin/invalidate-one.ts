import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { signatures } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";
import { invalidateSignatures } from "./invalidate-signatures";
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
export async function invalidateOne(raw: unknown): Promise<{ ok: true; changed: number } | { ok: false; error: InvalidateOneError }> {
  const actor = await requireRole(actionPolicy.invalidateSignatureAction);
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, error: refusal(parsed.error) };
  const { campaignId, signatureId, mark, reason } = parsed.data;
  return transaction(async ({ db }) => {
    const where = and(eq(signatures.campaignId, campaignId), eq(signatures.id, signatureId))!;
    const [before] = await db.select({ state: signatures.state }).from(signatures).where(where);
    if (!before) return { ok: false, error: "notFound" } as const;
    const changed = await invalidateSignatures(db, campaignId, where, mark);
    if (changed > 0) {
      await recordAudit(db, actor, { action: "signature.invalidate", entityType: "signature", entityId: signatureId, before: { state: before.state }, after: { state: mark, reason, campaignId } });
    }
    return { ok: true, changed } as const;
  });
}
