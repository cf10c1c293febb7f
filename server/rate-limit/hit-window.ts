import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";

/**
 * Counts one hit in the current fixed window of `bucket` and says whether it went over `limit`.
 * Kept in PostgreSQL so every process shares it; for low-volume actions such as sign-in links
 * (signing counts recent signatures instead).
 */
export async function overLimit(bucket: string, limit: number, windowSeconds: number): Promise<boolean> {
  const [row] = await db().execute<{ hits: number }>(sql`
    insert into rate_limit_hits (bucket, window_start, hits)
    values (${bucket}, to_timestamp(floor(extract(epoch from now()) / ${windowSeconds}) * ${windowSeconds}), 1)
    on conflict (bucket, window_start) do update set hits = rate_limit_hits.hits + 1
    returning hits::int`);
  return Number(row?.hits ?? 0) > limit;
}
