import "server-only";
import { lt } from "drizzle-orm";
import { rateLimitHits, sessions, verificationTokens } from "@/db/schema";
import { database, type Context } from "@/server/context";

/** Rows removed, per table (the retention report counts them under "expired-links"). */
export type PurgedAuth = { sessions: number; verification_tokens: number; rate_limit_hits: number };

/**
 * Removes expired sessions and unused sign-in links, so that a stolen database backup holds as few
 * live credentials as possible, and rate-limit counters nobody needs any more. Run every hour by
 * the worker (jobs/purge-expired-auth.ts), and daily again by retention's "expired-links" kind, which
 * passes its own `now`. Idempotent: running it twice deletes nothing more.
 */
export async function purgeExpiredAuth(ctx: Context, now: Date = new Date()): Promise<PurgedAuth> {
  const db = database(ctx);
  const gone = { id: sessions.sessionToken };
  const expiredSessions = await db.delete(sessions).where(lt(sessions.expires, now)).returning(gone);
  const expiredLinks = await db.delete(verificationTokens).where(lt(verificationTokens.expires, now)).returning({ token: verificationTokens.token });
  // Rate-limit windows are an hour long; a day later they serve nobody.
  const oldWindows = await db
    .delete(rateLimitHits)
    .where(lt(rateLimitHits.windowStart, new Date(now.getTime() - 24 * 3600_000)))
    .returning({ bucket: rateLimitHits.bucket });
  return { sessions: expiredSessions.length, verification_tokens: expiredLinks.length, rate_limit_hits: oldWindows.length };
}
