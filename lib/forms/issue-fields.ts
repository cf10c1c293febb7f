import type { z } from "zod";

/** A form's zod issues as `fields` of a failed Result: each field's message key (the last issue of a field wins). */
export function issueFields(error: z.ZodError): Record<string, string> {
  return Object.fromEntries(error.issues.map((issue) => [String(issue.path[0]), issue.message]));
}
