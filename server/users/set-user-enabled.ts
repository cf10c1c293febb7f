import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { sessions, users } from "@/db/schema";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

const input = z.object({ userId: z.string().min(1).max(100), enabled: z.enum(["true", "false"]).transform((value) => value === "true") });

/**
 * Disables an account (its sessions end at once and it can no longer sign in) or enables it again.
 * Administrators only, and never their own account.
 */
export async function setUserEnabled(ctx: Context, raw: unknown): Promise<Result<object, "invalid" | "self">> {
  const actor = authorize(ctx, "users.manage");
  const parsed = input.safeParse(raw);
  if (!parsed.success) return failed("invalid");
  const { userId, enabled } = parsed.data;
  if (userId === actor.userId) return failed("self");
  return transaction(ctx, async ({ db }) => {
    const [before] = await db.select({ email: users.email, disabledAt: users.disabledAt }).from(users).where(eq(users.id, userId)).for("update");
    if (!before) return failed("invalid");
    await db
      .update(users)
      .set({ disabledAt: enabled ? null : sql`now()` })
      .where(eq(users.id, userId));
    if (!enabled) await db.delete(sessions).where(eq(sessions.userId, userId));
    await recordAudit(db, actor, { action: enabled ? "user.enable" : "user.disable", entityType: "user", entityId: userId, before, after: { email: before.email, enabled } });
    return ok();
  });
}
