import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { auditEvents, consentRecords, consentTexts, signatures, supporters } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/**
 * One signature with its supporter's subscription and every consent record given for this
 * campaign (and the organisation-wide updates opt-in), each with the exact wording agreed to, and
 * the last invalidation or restoration of it (who, when, why) from the audit log.
 */
export async function getSignature(context: Context, campaignId: string, signatureId: string) {
  authorize(context, "signatures.read");
  if (!z.uuid().safeParse(signatureId).success || !z.uuid().safeParse(campaignId).success) return null;
  const db = database(context);
  const [row] = await db
    .select({ signature: signatures, subscription: supporters.subscriptionStatus })
    .from(signatures)
    .innerJoin(supporters, eq(supporters.id, signatures.supporterId))
    .where(and(eq(signatures.id, signatureId), eq(signatures.campaignId, campaignId)));
  if (!row) return null;
  const consents = await db
    .select({
      id: consentRecords.id,
      purpose: consentRecords.purpose,
      action: consentRecords.action,
      locale: consentRecords.locale,
      source: consentRecords.source,
      createdAt: consentRecords.createdAt,
      campaignId: consentRecords.campaignId,
      version: consentTexts.version,
      textEn: consentTexts.textEn,
      textFr: consentTexts.textFr,
    })
    .from(consentRecords)
    .leftJoin(consentTexts, eq(consentTexts.id, consentRecords.consentTextId))
    .where(row.signature.supporterId ? eq(consentRecords.supporterId, row.signature.supporterId) : sql`false`)
    .orderBy(asc(consentRecords.createdAt));
  const [lastChange] = await db
    .select({ action: auditEvents.action, actorEmail: auditEvents.actorEmail, after: auditEvents.after, createdAt: auditEvents.createdAt })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, "signature"), eq(auditEvents.entityId, signatureId), inArray(auditEvents.action, ["signature.invalidate", "signature.restore"])))
    .orderBy(desc(auditEvents.createdAt), desc(auditEvents.id))
    .limit(1);
  const stateChange = lastChange && {
    restored: lastChange.action === "signature.restore",
    by: lastChange.actorEmail,
    at: lastChange.createdAt,
    reason: String((lastChange.after as { reason?: unknown } | null)?.reason ?? ""),
  };
  return {
    ...row.signature,
    subscription: row.subscription,
    consents: consents.filter((c) => c.campaignId === campaignId || c.purpose === "updates"),
    stateChange: stateChange ?? null,
    restorable: (row.signature.state === "invalidated" || row.signature.state === "fraudulent") && row.signature.invalidatedAt !== null,
  };
}
