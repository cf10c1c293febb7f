import { z } from "zod";
import { multiLineText, singleLineText } from "@/lib/text/plain-text";
import { zonedMinute } from "@/lib/time/zoned-fields";

/*
 * The update editor's fields. Error messages are keys under "Admin.Updates.errors". `intent` is
 * the button pressed: save as a draft, schedule for `publishAt`, or publish now.
 */

// Titles are one line; bodies keep their line breaks.
const text = (max: number) => (max > 300 ? multiLineText() : singleLineText()).trim().min(1, "required").max(max, "tooLong");

export const updateIntents = ["draft", "schedule", "publish"] as const;

/** The fields, with the schedule read in the organisation's time zone. */
export const updateInput = (zone: string) =>
  z.object({
    campaignId: z.uuid("notFound"),
    updateId: z.preprocess((value) => (value === "" ? undefined : value), z.uuid("notFound").optional()),
    titleEn: text(200),
    titleFr: text(200),
    bodyEn: text(20_000),
    bodyFr: text(20_000),
    intent: z.enum(updateIntents, "intentInvalid"),
    // datetime-local in the organisation's zone; required only to schedule.
    publishAt: zonedMinute(zone),
  });

export type UpdateInput = z.output<ReturnType<typeof updateInput>>;

/** A field's problem as the editor shows it: a message key, and the finding id when the problem is an unknown citation. */
export type UpdateFieldError = { key: string; id?: string };
export type UpdateErrors = Record<string, UpdateFieldError>;

/** Each field's first problem, as a message key. */
export function updateErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= issue.message;
  return errors;
}

/** A refused save's field codes as the editor shows them, each unknown citation with the id it names. */
export function editorErrors(fields: Record<string, string>, unknownFindings: Record<string, string> = {}): UpdateErrors {
  return Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, unknownFindings[field] === undefined ? { key } : { key, id: unknownFindings[field] }]));
}
