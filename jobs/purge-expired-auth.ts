import { purgeExpiredAuth as purge } from "@/server/auth/purge-expired-auth";
import { defineJob } from "./define-job";

/** Every hour (db/queue/queues.ts): expired sessions, unused sign-in links and stale rate-limit counters go. */
export const purgeExpiredAuth = defineJob({
  queue: "purge-expired-auth",
  handle: async (_data, { context }) => {
    await purge(context);
  },
});
