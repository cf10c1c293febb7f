import { defineJob } from "@/jobs/define-job";
import { sendDueDigests } from "@/server/letters/send-due-digests";

/** Digest mode: sends the digests that are due, of one target or (from cron) of all (see server/letters/send-due-digests.ts). */
export const sendLetterDigest = defineJob({
  queue: "letters.digest",
  handle: (data, { context }) => sendDueDigests(context, data),
});
