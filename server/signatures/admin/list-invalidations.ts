import "server-only";
import { desc, eq } from "drizzle-orm";
import { signatureInvalidations } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** A campaign's most recent bulk invalidations, newest first (editors): what the invalidate page lists with "Undo". */
export async function listInvalidations(context: Context, campaignId: string, limit = 20) {
  authorize(context, "signatures.read");
  return database(context)
    .select({
      id: signatureInvalidations.id,
      condition: signatureInvalidations.condition,
      mark: signatureInvalidations.mark,
      reason: signatureInvalidations.reason,
      actorEmail: signatureInvalidations.actorEmail,
      changed: signatureInvalidations.changed,
      createdAt: signatureInvalidations.createdAt,
      undoneAt: signatureInvalidations.undoneAt,
      undoneBy: signatureInvalidations.undoneBy,
    })
    .from(signatureInvalidations)
    .where(eq(signatureInvalidations.campaignId, campaignId))
    .orderBy(desc(signatureInvalidations.createdAt))
    .limit(limit);
}

export type InvalidationRow = Awaited<ReturnType<typeof listInvalidations>>[number];
