import "server-only";
import { desc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { signatureInvalidations } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

/** A campaign's most recent bulk invalidations, newest first (editors): what the invalidate page lists with "Undo". */
export async function listInvalidations(campaignId: string, limit = 20) {
  await requireRole(pagePolicy["/admin/campaigns/[id]/invalidate"]);
  return db()
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
