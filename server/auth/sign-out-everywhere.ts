import "server-only";
import { eq } from "drizzle-orm";
import { sessions } from "@/db/schema";
import { recordAudit } from "@/server/audit/record-audit";
import { transaction, type Context } from "@/server/context";
import { authorize } from "./permissions";

/** Ends every session of the acting organiser, on every device (the database holds them all). */
export async function signOutEverywhere(ctx: Context): Promise<void> {
  const actor = authorize(ctx, "session.end");
  await transaction(ctx, async ({ db }) => {
    const ended = await db.delete(sessions).where(eq(sessions.userId, actor.userId)).returning({ token: sessions.sessionToken });
    await recordAudit(db, actor, { action: "user.sign-out-everywhere", entityType: "user", entityId: actor.userId, after: { sessionsEnded: ended.length } });
  });
}
