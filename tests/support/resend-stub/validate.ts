import { z } from "zod";

/*
 * The subset of Resend's send-email payload that Chorus uses, checked the way Resend checks it
 * (422 validation_error), so that a malformed message fails in tests as it would in production.
 */

const address = z.string().regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "invalid email address");
const recipients = z.union([address, z.array(address).min(1).max(50)]);

export const emailPayload = z
  .object({
    from: address,
    to: recipients,
    subject: z.string().min(1).max(998),
    html: z.string().optional(),
    text: z.string().optional(),
    cc: recipients.optional(),
    bcc: recipients.optional(),
    reply_to: recipients.optional(),
    headers: z.record(z.string(), z.string()).optional(),
    tags: z.array(z.object({ name: z.string().regex(/^[A-Za-z0-9_-]+$/), value: z.string().regex(/^[A-Za-z0-9_-]+$/) })).optional(),
    attachments: z.unknown().optional(),
    scheduled_at: z.string().optional(),
    template: z.unknown().optional(),
    topic_id: z.string().optional(),
  })
  .refine((email) => email.html !== undefined || email.text !== undefined, {
    message: "Missing `html` or `text` field.",
  });

export type EmailPayload = z.infer<typeof emailPayload>;

export const batchPayload = z.array(emailPayload).min(1).max(100);

export function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; ");
}
