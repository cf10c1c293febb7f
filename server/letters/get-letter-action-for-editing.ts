import "server-only";
import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { fixedTargets, letterActions } from "@/db/schema";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

/** A campaign's letter action (or null) and every fixed target an organiser may pick from. */
export async function getLetterActionForEditing(campaignId: string) {
  await requireRole(pagePolicy["/admin/campaigns/[id]/letters"]);
  const [[action], targets] = await Promise.all([
    db().select().from(letterActions).where(eq(letterActions.campaignId, campaignId)),
    db().select().from(fixedTargets).orderBy(asc(fixedTargets.jurisdiction), asc(fixedTargets.nameEn)),
  ]);
  return { action: action ?? null, targets };
}
