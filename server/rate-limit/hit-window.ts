import "server-only";
import { createHmac } from "node:crypto";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { deriveKey } from "@/lib/crypto/derive-key";
import { env } from "@/lib/env";

/**
 * Counts one hit in the current fixed window of `scope` for `subject` (an email address, an IP
 * hash) and says whether it went over `limit`; a null subject counts the scope as a whole. Kept in
 * PostgreSQL so every process shares it; for low-volume actions such as sign-in links (signing
 * counts recent signatures instead).
 *
 * The bucket stores only a keyed hash of the subject, never the subject: a dump of the table must
 * not be a list of who asked for what. The subject is normalised first, so one address in any case
 * is one bucket.
 *
 * Counted on the pool in a statement of its own, never in a caller's transaction (so it takes no
 * context): a hit counts even when the caller's work rolls back, and a busy bucket's row is locked
 * for one statement, not for the caller's whole transaction.
 */
export async function overLimit(scope: string, subject: string | null, limit: number, windowSeconds: number): Promise<boolean> {
  const bucket = subject === null ? scope : `${scope}:${bucketKey(subject)}`;
  const [row] = await db().execute<{ hits: number }>(sql`
    insert into rate_limit_hits (bucket, window_start, hits)
    values (${bucket}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (bucket, window_start) do update set hits = rate_limit_hits.hits + 1
    returning hits::int`);
  return Number(row?.hits ?? 0) > limit;
}

/** The part of a bucket that names its subject (after "<scope>:"), so that an erasure can find every bucket of an address. */
export function bucketKey(subject: string): string {
  return createHmac("sha256", deriveKey(env().AUTH_SECRET, "rate-limit-bucket")).update(subject.trim().toLowerCase()).digest("base64url").slice(0, 32);
}
