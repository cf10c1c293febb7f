import "server-only";
import { asc, eq } from "drizzle-orm";
import { fixedTargets, letterActions } from "@/db/schema";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** A campaign's letter action (or null) and every fixed target an organiser may pick from. */
export async function getLetterActionForEditing(context: Context, campaignId: string) {
  authorize(context, "letters.edit");
  const db = database(context);
  const [[action], targets] = await Promise.all([db.select().from(letterActions).where(eq(letterActions.campaignId, campaignId)), db.select().from(fixedTargets).orderBy(asc(fixedTargets.jurisdiction), asc(fixedTargets.nameEn))]);
  return { action: action ?? null, targets };
}
