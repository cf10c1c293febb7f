import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { env } from "@/lib/env";

/**
 * Counts this signing attempt against its IP and its email address for the current hour, in the
 * caller's transaction. Returns whether either is over its limit. Kept in PostgreSQL so that every
 * web process enforces the same limits.
 */
export async function hitRateLimits(tx: Transaction, keys: { ipHash: string | null; canonicalEmail: string }): Promise<boolean> {
  const { SIGN_LIMIT_PER_IP_PER_HOUR, SIGN_LIMIT_PER_EMAIL_PER_HOUR } = env();
  const buckets = [{ bucket: `sign:email:${keys.canonicalEmail}`, limit: SIGN_LIMIT_PER_EMAIL_PER_HOUR }];
  if (keys.ipHash) buckets.push({ bucket: `sign:ip:${keys.ipHash}`, limit: SIGN_LIMIT_PER_IP_PER_HOUR });
  const rows = await tx.execute<{ bucket: string; hits: number }>(sql`
    insert into rate_limit_hits (bucket, window_start, hits)
    values ${sql.join(buckets.map((b) => sql`(${b.bucket}, date_trunc('hour', now()), 1)`), sql`, `)}
    on conflict (bucket, window_start) do update set hits = rate_limit_hits.hits + 1
    returning bucket, hits::int`);
  return rows.some((row) => row.hits > (buckets.find((b) => b.bucket === row.bucket)?.limit ?? Infinity));
}
