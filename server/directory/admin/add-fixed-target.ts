import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { fixedTargets } from "@/db/schema";
import { issueFields } from "@/lib/forms/issue-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

export const fixedTargetInput = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "keyInvalid")
    .max(60, "tooLong"),
  nameEn: singleLineText().trim().min(1, "required").max(300, "tooLong"),
  nameFr: singleLineText().trim().min(1, "required").max(300, "tooLong"),
  email: z.email("emailInvalid"),
  jurisdiction: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "jurisdictionInvalid"),
  kind: z.enum(["privacy_commissioner", "company", "other"]),
});

/** Adds a fixed target, such as a company's privacy office (admins and organisers), audited. */
export async function addFixedTarget(ctx: Context, raw: unknown): Promise<Result<object, "invalid" | "keyTaken">> {
  const actor = authorize(ctx, "directory.edit");
  const parsed = fixedTargetInput.safeParse(raw);
  if (!parsed.success) return failed("invalid", issueFields(parsed.error));
  return transaction(ctx, async ({ db }) => {
    const [created] = await db
      .insert(fixedTargets)
      .values({ ...parsed.data, email: parsed.data.email.toLowerCase(), source: `organiser panel (${actor.email})`, asOf: sql`current_date` })
      .onConflictDoNothing({ target: fixedTargets.key })
      .returning();
    if (!created) return failed("keyTaken", { key: "keyTaken" });
    await recordAudit(db, actor, { action: "directory.target.create", entityType: "fixed-target", entityId: created.id, after: created });
    return ok();
  });
}
