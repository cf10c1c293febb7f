import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { representatives, ridings } from "@/db/schema";
import { issueFields } from "@/lib/forms/issue-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

const blank = (value: unknown) => (value === "" ? null : value);
export const provincialMemberInput = z.object({
  ridingId: z
    .string()
    .max(200)
    .regex(/^ocd-division\/country:ca\/province:[a-z]{2}\/ed:[\w-]+$/, "ridingInvalid"),
  name: singleLineText().trim().min(1, "required").max(200, "tooLong"),
  office: z.preprocess(
    blank,
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2,5}$/, "officeInvalid")
      .nullable(),
  ),
  party: z.preprocess(blank, singleLineText().trim().max(100, "tooLong").nullable()),
  email: z.preprocess(blank, z.email("emailInvalid").nullable()),
});

// What each legislature calls its members, when the organiser leaves the title blank.
const OFFICE_BY_PROVINCE: Record<string, string> = { ON: "MPP", QC: "MNA", NL: "MHA" };

/**
 * Adds the member for a provincial riding (admins and organisers), audited: the shared data names no
 * provincial members, and Represent is not always reachable. One member per riding: a riding that
 * has one already is refused (correct or disable that member instead). Keyed "<office>:<riding id>".
 */
export async function addProvincialMember(ctx: Context, raw: unknown): Promise<Result<{ id: string }, "invalid" | "memberExists">> {
  const actor = authorize(ctx, "directory.edit");
  const parsed = provincialMemberInput.safeParse(raw);
  if (!parsed.success) return failed("invalid", issueFields(parsed.error));
  const { ridingId, office, email, ...values } = parsed.data;
  return transaction(ctx, async ({ db }) => {
    const [riding] = await db
      .select()
      .from(ridings)
      .where(and(eq(ridings.id, ridingId), eq(ridings.level, "provincial")))
      .for("share");
    if (!riding) return failed("invalid", { ridingId: "ridingInvalid" });
    const title = office ?? OFFICE_BY_PROVINCE[riding.province] ?? "MLA";
    const [existing] = await db.select({ id: representatives.id }).from(representatives).where(eq(representatives.ridingId, ridingId)).limit(1);
    if (existing) return failed("memberExists", { ridingId: "memberExists" });
    const [created] = await db
      .insert(representatives)
      .values({ ...values, email: email?.toLowerCase() ?? null, key: `${title.toLowerCase()}:${ridingId}`, ridingId, office: title, source: `organiser panel (${actor.email})`, asOf: sql`current_date` })
      .onConflictDoNothing({ target: representatives.key })
      .returning();
    if (!created) return failed("memberExists", { ridingId: "memberExists" });
    await recordAudit(db, actor, { action: "directory.representative.create", entityType: "representative", entityId: created.id, after: created });
    return ok({ id: created.id });
  });
}
