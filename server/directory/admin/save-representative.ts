import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { representatives } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { recordAudit } from "@/server/audit/record-audit";
import { requireRole } from "@/server/auth/current-actor";
import { actionPolicy } from "@/server/auth/policy";

const blank = (value: unknown) => (value === "" ? null : value);
export const representativeInput = z.object({
  id: z.uuid(),
  name: singleLineText().trim().min(1, "required").max(200, "tooLong"),
  party: z.preprocess(blank, singleLineText().trim().max(100, "tooLong").nullable()),
  email: z.preprocess(blank, z.email("emailInvalid").nullable()),
  enabled: z.preprocess((value) => value === "on" || value === true, z.boolean()),
});

/**
 * Corrects or disables a representative (admins and organisers), audited. A corrected address is
 * written to again (its bounce flag is cleared); the row's source says the panel changed it, today.
 */
export async function saveRepresentative(raw: unknown): Promise<{ ok: true } | { ok: false; errors: Record<string, string> }> {
  const actor = await requireRole(actionPolicy.saveRepresentativeAction);
  const parsed = representativeInput.safeParse(raw);
  if (!parsed.success) return { ok: false, errors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])) };
  const { id, enabled, ...values } = parsed.data;
  return transaction(async ({ db }) => {
    const [before] = await db.select().from(representatives).where(eq(representatives.id, id)).for("update");
    if (!before) return { ok: false, errors: { form: "notFound" } };
    const emailChanged = values.email !== before.email;
    const [after] = await db
      .update(representatives)
      .set({
        ...values,
        disabledAt: enabled ? null : (before.disabledAt ?? sql`now()`),
        emailDisabledAt: emailChanged ? null : before.emailDisabledAt,
        source: `organiser panel (${actor.email})`,
        asOf: sql`current_date`,
        updatedAt: sql`now()`,
      })
      .where(eq(representatives.id, id))
      .returning();
    await recordAudit(db, actor, { action: "directory.representative.update", entityType: "representative", entityId: id, before, after });
    return { ok: true } as const;
  });
}
