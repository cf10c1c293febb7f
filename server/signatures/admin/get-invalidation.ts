import "server-only";
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { signatureInvalidations, signatures } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/**
 * One bulk invalidation for its undo page (editors), with how many of its signatures are still in
 * the state it gave them (those an undo would restore), or null when the campaign has no such one.
 */
export async function getInvalidation(context: Context, campaignId: string, invalidationId: string) {
  authorize(context, "signatures.read");
  if (!z.uuid().safeParse(invalidationId).success || !z.uuid().safeParse(campaignId).success) return null;
  const db = database(context);
  const [row] = await db
    .select()
    .from(signatureInvalidations)
    .where(and(eq(signatureInvalidations.campaignId, campaignId), eq(signatureInvalidations.id, invalidationId)));
  if (!row) return null;
  const [still] = await db
    .select({ n: count() })
    .from(signatures)
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.invalidationId, invalidationId), eq(signatures.state, row.mark)));
  return { ...row, restorable: still?.n ?? 0 };
}
