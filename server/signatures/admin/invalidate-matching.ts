import "server-only";
import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { signatureInvalidations, signatures } from "@/db/schema";
import { failed, ok } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { database, transaction, type Context } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { fieldErrors } from "../schemas";
import { conditionSql, invalidateCondition } from "./invalidate-condition";
import { invalidateSignatures } from "./invalidate-signatures";
import { invalidationReason, refusal } from "./invalidation-reason";

/** What a bulk invalidation would change: how many signatures, and the newest few, before anything is done. */
export async function previewInvalidation(context: Context, campaignId: string, raw: unknown) {
  authorize(context, "signatures.invalidate");
  const parsed = invalidateCondition(await getTimeZone()).safeParse(raw);
  if (!parsed.success) return failed("invalid", fieldErrors(parsed.error));
  const where = conditionSql(campaignId, parsed.data);
  const db = database(context);
  const [[total], sample] = await Promise.all([
    db.select({ n: count() }).from(signatures).where(where),
    db.select({ id: signatures.id, email: signatures.email, state: signatures.state, createdAt: signatures.createdAt }).from(signatures).where(where).orderBy(desc(signatures.createdAt)).limit(10),
  ]);
  return ok({ count: total?.n ?? 0, sample });
}

const confirmed = z.object({ campaignId: z.uuid(), expected: z.coerce.number().int().min(0), reason: invalidationReason });

/**
 * Invalidates every signature matching the condition (admins and organisers). The organiser saw a
 * count in the preview; if the matching set grew or shrank since, nothing is done and they are
 * shown the new count, so no one invalidates more than they looked at. Audited with the condition
 * and the reason, which is required (error "reasonRequired"), and recorded in
 * signature_invalidations so that undoInvalidation can put back exactly what it changed.
 */
export async function invalidateMatching(context: Context, raw: unknown) {
  const actor = authorize(context, "signatures.invalidate");
  const fields = postedFields(raw);
  const ids = confirmed.safeParse(fields);
  const parsed = invalidateCondition(await getTimeZone()).safeParse(fields);
  if (!ids.success || !parsed.success) return failed(refusal(ids.error));
  const { campaignId, expected, reason } = ids.data;
  const condition = parsed.data;
  return transaction(context, async ({ db }) => {
    const where = conditionSql(campaignId, condition);
    const [current] = await db.select({ n: count() }).from(signatures).where(where);
    if ((current?.n ?? 0) !== expected) return failed("changed");
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
    return ok({ changed });
  });
}
