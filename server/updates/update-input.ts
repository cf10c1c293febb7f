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

/** A field's problem: a message key, and the finding id when the problem is an unknown citation. */
export type UpdateFieldError = { key: string; id?: string };
export type UpdateErrors = Record<string, UpdateFieldError>;

export function updateErrors(error: z.ZodError): UpdateErrors {
  const errors: UpdateErrors = {};
  for (const issue of error.issues) errors[String(issue.path[0] ?? "form")] ??= { key: issue.message };
  return errors;
}
