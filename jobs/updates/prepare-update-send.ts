import { prepareUpdateSend as prepare } from "@/server/updates/email/prepare-update-send";
import { defineJob } from "../define-job";

/** The heavy half of emailing an update, off the web request: see server/updates/email/prepare-update-send.ts. */
export const prepareUpdateSend = defineJob({
  queue: "updates.send",
  async handle({ sendId }, { context }) {
    await prepare(context, sendId);
  },
});
