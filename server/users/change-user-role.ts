import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";

const input = z.object({ userId: z.string().min(1).max(100), role: z.enum(["admin", "organiser", "viewer"]) });

/** Changes an account's role (administrators only; never their own, so nobody locks themselves out). */
export async function changeUserRole(raw: unknown): Promise<{ ok: boolean; error?: "invalid" | "self" }> {
  const actor = await requireRole(actionPolicy.changeRoleAction);
  const parsed = input.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid" };
  if (parsed.data.userId === actor.userId) return { ok: false, error: "self" };
  return transaction(async ({ db }) => {
    const [before] = await db.select({ role: users.role, email: users.email }).from(users).where(eq(users.id, parsed.data.userId)).for("update");
    if (!before) return { ok: false, error: "invalid" as const };
    await db.update(users).set({ role: parsed.data.role }).where(eq(users.id, parsed.data.userId));
    await recordAudit(db, actor, { action: "user.change-role", entityType: "user", entityId: parsed.data.userId, before, after: { ...before, role: parsed.data.role } });
    return { ok: true };
  });
}
