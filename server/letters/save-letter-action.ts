import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { multiLineText } from "@/lib/text/plain-text";
import { campaigns, letterActions } from "@/db/schema";
import { normaliseNewlines, unknownMergeFields, usesMergeField } from "@/lib/letters/merge-fields";
import { failed, ok, type Result } from "@/lib/result";
import { recordAudit } from "@/server/audit/record-audit";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { transaction, type Context } from "@/server/context";

const lines = (max: number) =>
  multiLineText()
    .trim()
    .min(1, "required")
    .max(max, "tooLong")
    .refine((value) => value.split("\n").every((line) => line.trim().length <= 200), "subjectTooLong");
// Posted text areas end lines with CRLF: stored with LF, so that paragraphs (blank lines) are found.
const text = (max: number) => multiLineText().default("").transform(normaliseNewlines).pipe(z.string().trim().max(max, "tooLong"));
const salutation = text(200);
const letterText = text(5_000);
const TEXTS = ["salutationEn", "salutationFr", "templateEn", "templateFr", "orgSalutationEn", "orgSalutationFr", "orgTemplateEn", "orgTemplateFr"] as const;
const checkbox = z.preprocess((value) => value === "on" || value === true, z.boolean());

export const letterActionInput = z.object({
  campaignId: z.uuid(),
  kind: z.enum(["representatives", "data_access"]).default("representatives"),
  toMp: checkbox,
  toProvincialMember: checkbox,
  fixedTargetIds: z.array(z.uuid()).default([]),
  subjectsEn: lines(2_000),
  subjectsFr: lines(2_000),
  salutationEn: salutation,
  salutationFr: salutation,
  templateEn: letterText,
  templateFr: letterText,
  orgSalutationEn: salutation,
  orgSalutationFr: salutation,
  orgTemplateEn: letterText,
  orgTemplateFr: letterText,
  editable: checkbox,
  maxPerHourPerTarget: z.coerce.number({ error: "maxInvalid" }).int("maxInvalid").min(1, "maxInvalid").max(10_000, "maxInvalid"),
  delivery: z.enum(["each", "digest"]).default("each"),
  officeHoursOnly: checkbox,
  digestEvery: z.coerce.number({ error: "digestEveryInvalid" }).int("digestEveryInvalid").min(1, "digestEveryInvalid").max(1_000, "digestEveryInvalid").default(25),
  digestHours: z.coerce.number({ error: "digestHoursInvalid" }).int("digestHoursInvalid").min(1, "digestHoursInvalid").max(720, "digestHoursInvalid").default(24),
});

/**
 * Each text a recipient will read must exist (the elected members' when an MP or provincial member
 * is written to, the organisations' when a fixed target is) and use only fields Chorus fills:
 * "unknownField|<name>" names the culprit; {{riding}} needs a riding, which only elected members give.
 */
function textErrors(values: Omit<z.infer<typeof letterActionInput>, "campaignId">): Record<string, string> {
  const errors: Record<string, string> = {};
  const toElected = values.toMp || values.toProvincialMember;
  for (const name of TEXTS) {
    const value = values[name];
    const unknown = unknownMergeFields(value)[0];
    const required = name.includes("emplate") && (name.startsWith("org") ? values.fixedTargetIds.length > 0 : toElected);
    if (required && !value) errors[name] = "required";
    else if (unknown) errors[name] = `unknownField|${unknown}`;
    else if (!toElected && usesMergeField(value, "riding")) errors[name] = "ridingUnknown";
  }
  return errors;
}

/**
 * Creates or changes a campaign's letter action (admins and organisers), audited before and after.
 * Letters already written keep their text; only new ones use the new template. A form with errors
 * is "invalid" with its fields' codes; "notFound" is a campaign that is gone.
 */
export async function saveLetterAction(context: Context, raw: unknown): Promise<Result<object, "invalid" | "notFound">> {
  const actor = authorize(context, "letters.edit");
  const parsed = letterActionInput.safeParse(postedFields(raw, ["fixedTargetIds"]));
  if (!parsed.success) return failed("invalid", Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
  const { campaignId, ...values } = parsed.data;
  // A data-access request goes to the organisations that hold the data, never to an elected member.
  if (values.kind === "data_access") Object.assign(values, { toMp: false, toProvincialMember: false });
  if (!values.toMp && !values.toProvincialMember && values.fixedTargetIds.length === 0) return failed("invalid", { toMp: "noTargets" });
  const refused = textErrors(values);
  if (Object.keys(refused).length > 0) return failed("invalid", refused);
  return transaction(context, async ({ db }) => {
    const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.id, campaignId));
    if (!campaign) return failed("notFound");
    const [before] = await db.select().from(letterActions).where(eq(letterActions.campaignId, campaignId)).for("update");
    const [after] = await db
      .insert(letterActions)
      .values({ campaignId, ...values })
      .onConflictDoUpdate({ target: letterActions.campaignId, set: { ...values, updatedAt: sql`now()` } })
      .returning();
    await recordAudit(db, actor, { action: "letters.action.save", entityType: "campaign", entityId: campaignId, before: before ?? null, after });
    return ok();
  });
}
