import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/text/plain-text";
import { SLUG_MAX, SLUG_PATTERN } from "@/lib/text/slug";
import { FINDING_ID_PATTERN } from "@/server/findings/import/finding-record";
import { zonedMinute } from "@/lib/time/zoned-fields";

/*
 * The campaign editor's fields. Error messages are keys under "Admin.Campaigns.errors". Texts are
 * stored as typed and always shown as text (the body as Markdown without raw HTML), so nothing an
 * organiser types can run in a reader's browser.
 */

// Titles and targets are one line; summaries, bodies, demands and consent wordings may have several.
const text = (max: number) => (max > 300 ? multiLineText() : singleLineText()).trim().min(1, "required").max(max, "tooLong");
const checkbox = z.preprocess((value) => value === "on" || value === true, z.boolean());
// The findings checklist: every ticked box sends one `findings` value (none ticked: none sent).
// Months after closing before signers' details are anonymised: blank keeps the installation's default (null).
const retentionMonths = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? Number(value.trim()) : value),
  z.number({ error: "signerRetentionInvalid" }).int("signerRetentionInvalid").min(1, "signerRetentionInvalid").max(120, "signerRetentionInvalid").nullable().default(null),
);
const findingIds = z.preprocess((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]), z.array(z.string().regex(FINDING_ID_PATTERN, "findingsInvalid")).max(500, "findingsInvalid"));

/** The fields, with opening and closing times read in the organisation's time zone. */
export const campaignInput = (zone: string) =>
  z
    .object({
      slug: z.string().trim().toLowerCase().regex(SLUG_PATTERN, "slugInvalid").max(SLUG_MAX, "tooLong"),
      titleEn: text(200),
      titleFr: text(200),
      summaryEn: text(600),
      summaryFr: text(600),
      bodyEn: text(20_000),
      bodyFr: text(20_000),
      demandEn: text(1_000),
      demandFr: text(1_000),
      targetEn: text(300),
      targetFr: text(300),
      consentEn: text(1_000),
      consentFr: text(1_000),
      goal: z.coerce.number({ error: "goalInvalid" }).int("goalInvalid").min(1, "goalInvalid").max(100_000_000, "goalInvalid"),
      // "25, 50, 75, 100": the shares of the goal at which organisers are told; empty for none.
      milestones: z.preprocess(
        (value) =>
          typeof value === "string"
            ? value
                .split(",")
                .map((part) => part.trim())
                .filter(Boolean)
                .map(Number)
            : value,
        z
          .array(z.number({ error: "milestonesInvalid" }).int("milestonesInvalid").min(1, "milestonesInvalid").max(1000, "milestonesInvalid"), { error: "milestonesInvalid" })
          .max(12, "milestonesInvalid")
          .transform((shares) => [...new Set(shares)].sort((a, b) => a - b))
          .default([25, 50, 75, 100]),
      ),
      opensAt: zonedMinute(zone),
      closesAt: zonedMinute(zone),
      petitionEnabled: checkbox,
      lettersEnabled: checkbox,
      findings: findingIds,
      signerRetentionMonths: retentionMonths,
    })
    .refine((value) => !value.opensAt || !value.closesAt || value.closesAt > value.opensAt, { path: ["closesAt"], message: "closesBeforeOpens" });

export type CampaignInput = z.output<ReturnType<typeof campaignInput>>;

export function campaignErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}
