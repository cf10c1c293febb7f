import type { ZodError } from "zod";
import { CONTROL_CHARACTERS, singleLineText } from "@/lib/text/plain-text";

/**
 * Why an organiser invalidated or restored signatures: required, so the audit log always says why
 * a count moved, and short enough to read in a table. The message codes are Admin.Signatures.errors keys.
 */
export const invalidationReason = singleLineText({ error: "reasonRequired" }).trim().min(1, "reasonRequired").max(500, "tooLong");

/** The error code of a refused input: the reason's own problem when it has one, else "invalid". */
export function refusal(error: ZodError | undefined): "invalid" | "reasonRequired" | "tooLong" | "controlCharacters" {
  const issue = error?.issues.find((candidate) => candidate.path[0] === "reason");
  if (!issue) return "invalid";
  return issue.message === "tooLong" || issue.message === CONTROL_CHARACTERS ? issue.message : "reasonRequired";
}
