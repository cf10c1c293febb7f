import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

const input = z.object({ userId: z.string().min(1).max(100), role: z.enum(["admin", "organiser", "viewer"]) });

/** Changes an account's role (administrators only; never their own, so nobody locks themselves out). */
export async function changeUserRole(ctx: Context, raw: unknown): Promise<Result<object, "invalid" | "self">> {
  const actor = authorize(ctx, "users.manage");
  const parsed = input.safeParse(raw);
  if (!parsed.success) return failed("invalid");
  if (parsed.data.userId === actor.userId) return failed("self");
  return transaction(ctx, async ({ db }) => {
    const [before] = await db.select({ role: users.role, email: users.email }).from(users).where(eq(users.id, parsed.data.userId)).for("update");
    if (!before) return failed("invalid");
    await db.update(users).set({ role: parsed.data.role }).where(eq(users.id, parsed.data.userId));
    await recordAudit(db, actor, { action: "user.change-role", entityType: "user", entityId: parsed.data.userId, before, after: { ...before, role: parsed.data.role } });
    return ok();
  });
}
