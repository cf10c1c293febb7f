import { defineJob } from "../define-job";
import { sendQueuedBatch } from "@/server/mail/send-queued-batch";

/** Sends up to 100 messages of one broadcast in one provider call (mail.send-batch): see server/mail/send-queued-batch.ts. */
export const sendEmailBatch = defineJob({
  queue: "mail.send-batch",
  load: "busy",
  handle: ({ broadcastId, messageIds }, { context, ...attempt }) => sendQueuedBatch(context, broadcastId, messageIds, attempt),
});
