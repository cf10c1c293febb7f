import "server-only";
import { eq } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import type { Actor } from "./current-actor";

/** Ends every session of this organiser, on every device (the database holds them all). */
export async function signOutEverywhere(actor: Actor): Promise<void> {
  await transaction(async ({ db }) => {
    const ended = await db.delete(sessions).where(eq(sessions.userId, actor.userId)).returning({ token: sessions.sessionToken });
    await recordAudit(db, actor, { action: "user.sign-out-everywhere", entityType: "user", entityId: actor.userId, after: { sessionsEnded: ended.length } });
  });
}
