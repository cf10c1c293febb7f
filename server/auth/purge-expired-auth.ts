import "server-only";
import { lt } from "drizzle-orm";
import { rateLimitHits, sessions, verificationTokens } from "@/db/schema";
import { database, type Context } from "@/server/context";

/**
 * Removes expired sessions and unused sign-in links, so that a stolen database backup holds as few
 * live credentials as possible, and rate-limit counters nobody needs any more. Run every hour by
 * the worker (jobs/purge-expired-auth.ts). Idempotent: running it twice deletes nothing more.
 */
export async function purgeExpiredAuth(ctx: Context): Promise<void> {
  const now = new Date();
  const db = database(ctx);
  await db.delete(sessions).where(lt(sessions.expires, now));
  await db.delete(verificationTokens).where(lt(verificationTokens.expires, now));
  // Rate-limit windows are an hour long; a day later they serve nobody.
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now.getTime() - 24 * 3600_000)));
}
