import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { QUEUE_SCHEMA } from "@/db/queue/boss";

export type Backlog = { queue: string; waiting: number; oldestSeconds: number };

/**
 * Jobs waiting per queue (created, or failed and due for a retry) and the age of the oldest: one
 * grouped scan of the queue's waiting rows, cheap enough for every metrics scrape.
 */
export async function queueBacklog(database: Database = db()): Promise<Backlog[]> {
  const rows = await database.execute<{ name: string; waiting: number; oldest: number }>(sql`
    select name, count(*)::int as waiting, coalesce(extract(epoch from now() - min(created_on)), 0)::float8 as oldest
    from ${sql.identifier(QUEUE_SCHEMA)}.job
    where state in ('created', 'retry')
    group by name`);
  return rows.map((row) => ({ queue: row.name, waiting: Number(row.waiting), oldestSeconds: Number(row.oldest) }));
}
