import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { signatureInvalidations, signatures } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy, pagePolicy } from "@/server/auth/policy";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { conditionErrors, conditionSql, invalidateCondition } from "./invalidate-condition";
import { invalidateSignatures } from "./invalidate-signatures";
import { invalidationReason, refusal } from "./invalidation-reason";

/** What a bulk invalidation would change: how many signatures, and the newest few, before anything is done. */
export async function previewInvalidation(campaignId: string, raw: unknown) {
  await requireRole(pagePolicy["/admin/campaigns/[id]/invalidate"]);
  const parsed = invalidateCondition(await getTimeZone()).safeParse(raw);
  if (!parsed.success) return { ok: false as const, errors: conditionErrors(parsed.error) };
  const where = conditionSql(campaignId, parsed.data);
  const [[total], sample] = await Promise.all([
    db().select({ n: count() }).from(signatures).where(where),
    db()
      .select({ id: signatures.id, email: signatures.email, state: signatures.state, createdAt: signatures.createdAt })
      .from(signatures)
      .where(where)
      .orderBy(desc(signatures.createdAt))
      .limit(10),
  ]);
  return { ok: true as const, count: total?.n ?? 0, sample };
}

const confirmed = z.object({ campaignId: z.uuid(), expected: z.coerce.number().int().min(0), reason: invalidationReason });

/**
 * Invalidates every signature matching the condition (admins and organisers). The organiser saw a
 * count in the preview; if the matching set grew or shrank since, nothing is done and they are
 * shown the new count, so no one invalidates more than they looked at. Audited with the condition
 * and the reason, which is required (error "reasonRequired"), and recorded in
 * signature_invalidations so that undoInvalidation can put back exactly what it changed.
 */
export async function invalidateMatching(raw: Record<string, unknown>) {
  const actor = await requireRole(actionPolicy.invalidateMatchingAction);
  const ids = confirmed.safeParse(raw);
  const parsed = invalidateCondition(await getTimeZone()).safeParse(raw);
  if (!ids.success || !parsed.success) return { ok: false as const, error: refusal(ids.error) };
  const { campaignId, expected, reason } = ids.data;
  const condition = parsed.data;
  return transaction(async ({ db }) => {
    const where = conditionSql(campaignId, condition);
    const [current] = await db.select({ n: count() }).from(signatures).where(where);
    if ((current?.n ?? 0) !== expected) return { ok: false as const, error: "changed" as const };
    // Recorded first, so that the signatures it changes carry its id and it can be undone in one step.
    const window = { from: condition.from.toISOString(), to: condition.to.toISOString() };
    const recorded = { ipHash: condition.ipHash, emailDomain: condition.emailDomain, ...window };
    const [invalidation] = await db.insert(signatureInvalidations).values({ campaignId, condition: recorded, mark: condition.mark, reason, actorEmail: actor.email, changed: 0 }).returning({ id: signatureInvalidations.id });
    const changed = await invalidateSignatures(db, campaignId, where, condition.mark, invalidation!.id);
    await db.update(signatureInvalidations).set({ changed }).where(eq(signatureInvalidations.id, invalidation!.id));
    await recordAudit(db, actor, {
      action: "signatures.invalidate",
      entityType: "campaign",
      entityId: campaignId,
      before: { matching: expected },
      after: { ...condition, ...window, changed, reason, invalidationId: invalidation!.id },
    });
    return { ok: true as const, changed };
  });
}
