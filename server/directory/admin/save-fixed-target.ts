import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { fixedTargets } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";

export const fixedTargetInput = z.object({
  key: z.string().trim().toLowerCase().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "keyInvalid").max(60, "tooLong"),
  nameEn: singleLineText().trim().min(1, "required").max(300, "tooLong"),
  nameFr: singleLineText().trim().min(1, "required").max(300, "tooLong"),
  email: z.email("emailInvalid"),
  jurisdiction: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "jurisdictionInvalid"),
  kind: z.enum(["privacy_commissioner", "company", "other"]),
});

/** Adds a fixed target, such as a company's privacy office (admins and organisers), audited. */
export async function addFixedTarget(raw: unknown): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const actor = await requireRole(actionPolicy.addFixedTargetAction);
  const parsed = fixedTargetInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  return transaction(async ({ db }) => {
    const [created] = await db
      .insert(fixedTargets)
      .values({ ...parsed.data, email: parsed.data.email.toLowerCase(), source: `organiser panel (${actor.email})`, asOf: sql`current_date` })
      .onConflictDoNothing({ target: fixedTargets.key })
      .returning();
    if (!created) return { ok: false, errors: { key: "keyTaken" } };
    await recordAudit(db, actor, { action: "directory.target.create", entityType: "fixed-target", entityId: created.id, after: created });
    return { ok: true } as const;
  });
}

const toggle = z.object({ id: z.uuid(), enabled: z.enum(["true", "false"]) });

/** Stops or resumes letters to a fixed target (admins and organisers), audited. */
export async function setFixedTargetEnabled(raw: unknown): Promise<{ ok: boolean }> {
  const actor = await requireRole(actionPolicy.setFixedTargetEnabledAction);
  const parsed = toggle.safeParse(raw);
  if (!parsed.success) return { ok: false };
  const enabled = parsed.data.enabled === "true";
  return transaction(async ({ db }) => {
    const [before] = await db.select().from(fixedTargets).where(eq(fixedTargets.id, parsed.data.id)).for("update");
    if (!before) return { ok: false };
    await db.update(fixedTargets).set({ disabledAt: enabled ? null : sql`now()`, emailDisabledAt: enabled ? null : before.emailDisabledAt, updatedAt: sql`now()` }).where(eq(fixedTargets.id, before.id));
    await recordAudit(db, actor, { action: enabled ? "directory.target.enable" : "directory.target.disable", entityType: "fixed-target", entityId: before.id, before: { disabledAt: before.disabledAt }, after: { enabled } });
    return { ok: true };
  });
}
