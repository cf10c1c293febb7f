import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { fixedTargets } from "@/db/schema";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

const toggle = z.object({ id: z.uuid(), enabled: z.enum(["true", "false"]) });

/** Stops or resumes letters to a fixed target (admins and organisers), audited. */
export async function setFixedTargetEnabled(ctx: Context, raw: unknown): Promise<Result<object, "invalid">> {
  const actor = authorize(ctx, "directory.edit");
  const parsed = toggle.safeParse(raw);
  if (!parsed.success) return failed("invalid");
  const enabled = parsed.data.enabled === "true";
  return transaction(ctx, async ({ db }) => {
    const [before] = await db.select().from(fixedTargets).where(eq(fixedTargets.id, parsed.data.id)).for("update");
    if (!before) return failed("invalid");
    await db
      .update(fixedTargets)
      .set({ disabledAt: enabled ? null : sql`now()`, emailDisabledAt: enabled ? null : before.emailDisabledAt, updatedAt: sql`now()` })
      .where(eq(fixedTargets.id, before.id));
    await recordAudit(db, actor, { action: enabled ? "directory.target.enable" : "directory.target.disable", entityType: "fixed-target", entityId: before.id, before: { disabledAt: before.disabledAt }, after: { enabled } });
    return ok();
  });
}
