import { defineJob } from "../define-job";
import { sendQueuedEmail } from "@/server/mail/send-queued-email";

/** Sends one queued message (mail.send {messageId}): see server/mail/send-queued-email.ts. */
export const sendEmail = defineJob({
  queue: "mail.send",
  load: "busy",
  handle: ({ messageId }, { context, ...attempt }) => sendQueuedEmail(context, messageId, attempt),
});
