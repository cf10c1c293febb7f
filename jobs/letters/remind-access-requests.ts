import { defineJob } from "@/jobs/define-job";
import { remindAccessRequests as remind } from "@/server/letters/remind-access-requests";

/** Daily: reminds supporters whose data-access requests have reached their 30th day (see server/letters/remind-access-requests.ts). */
export const remindAccessRequests = defineJob({
  queue: "letters.remind-access",
  handle: (_data, { context }) => remind(context),
});
