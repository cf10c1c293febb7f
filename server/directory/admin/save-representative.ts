import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { representatives } from "@/db/schema";
import { issueFields } from "@/lib/forms/issue-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

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
export async function saveRepresentative(ctx: Context, raw: unknown): Promise<Result<object, "invalid" | "notFound">> {
  const actor = authorize(ctx, "directory.edit");
  const parsed = representativeInput.safeParse(raw);
  if (!parsed.success) return failed("invalid", issueFields(parsed.error));
  const { id, enabled, ...values } = parsed.data;
  return transaction(ctx, async ({ db }) => {
    const [before] = await db.select().from(representatives).where(eq(representatives.id, id)).for("update");
    if (!before) return failed("notFound", { form: "notFound" });
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
    return ok();
  });
}
