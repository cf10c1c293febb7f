import "server-only";
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { signatureInvalidations, signatures } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

/**
 * One bulk invalidation for its undo page (editors), with how many of its signatures are still in
 * the state it gave them (those an undo would restore), or null when the campaign has no such one.
 */
export async function getInvalidation(campaignId: string, invalidationId: string) {
  await requireRole(pagePolicy["/admin/campaigns/[id]/invalidate/[invalidationId]"]);
  if (!z.uuid().safeParse(invalidationId).success || !z.uuid().safeParse(campaignId).success) return null;
  const [row] = await db()
    .select()
    .from(signatureInvalidations)
    .where(and(eq(signatureInvalidations.campaignId, campaignId), eq(signatureInvalidations.id, invalidationId)));
  if (!row) return null;
  const [still] = await db()
    .select({ n: count() })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.invalidationId, invalidationId), eq(signatures.state, row.mark)));
  return { ...row, restorable: still?.n ?? 0 };
}
