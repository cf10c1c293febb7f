import { defineJob } from "@/jobs/define-job";
import { deliverLetter as deliver } from "@/server/letters/deliver-letter";

/** Hands one letter to the email pipeline, within its target's hourly limit and office hours (see server/letters/deliver-letter.ts). */
export const deliverLetter = defineJob({
  queue: "letters.deliver",
  handle: ({ letterId }, { context }) => deliver(context, letterId),
});
