import { lt } from "drizzle-orm";
import { db } from "@/db/client";
import { rateLimitHits, sessions, verificationTokens } from "@/db/schema";
import { defineJob } from "./define-job";

/**
 * Removes expired sessions and unused sign-in links every hour, so that a stolen database backup
 * holds as few live credentials as possible, and rate-limit counters nobody needs any more. Idempotent: running it twice deletes nothing more.
 */
export const purgeExpiredAuth = defineJob({
  queue: "purge-expired-auth",
  async handle() {
    const now = new Date();
    await db().delete(sessions).where(lt(sessions.expires, now));
    await db().delete(verificationTokens).where(lt(verificationTokens.expires, now));
    // Rate-limit windows are an hour long; a day later they serve nobody.
    await db().delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now.getTime() - 24 * 3600_000)));
  },
});
