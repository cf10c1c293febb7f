import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { metrics } from "@/lib/metrics/registry.mjs";

/*
 * The provider's rate limit, shared by every worker process through one row in PostgreSQL. Each
 * call reserves the next free slot (a single UPDATE, so two workers never get the same slot) and
 * then waits until it comes. At a few requests per second the row is never contended.
 */

const LIMITER = "resend";

/** Waits until this process may make one request under `ratePerSecond` across all workers. */
export async function acquireSendSlot(database: Database, ratePerSecond: number): Promise<void> {
  const interval = 1 / ratePerSecond;
  const [row] = await database.execute<{ wait_ms: number }>(sql`
    insert into mail_send_slots as s (name, next_slot_at)
    values (${LIMITER}, clock_timestamp() + make_interval(secs => ${interval}))
    on conflict (name) do update
      set next_slot_at = greatest(s.next_slot_at, clock_timestamp()) + make_interval(secs => ${interval})
    returning greatest(0, extract(epoch from (s.next_slot_at - make_interval(secs => ${interval}) - clock_timestamp())) * 1000)::float8 as wait_ms
  `);
  const wait = Number(row?.wait_ms ?? 0);
  if (wait <= 0) return;
  metrics().mailRateWaits.inc();
  metrics().mailRateWaitSeconds.inc(wait / 1000);
  await new Promise((resolve) => setTimeout(resolve, wait));
}

/** After a 429: nobody sends again before Retry-After has passed. */
export async function pauseSending(database: Database, seconds: number): Promise<void> {
  await database.execute(sql`
    insert into mail_send_slots as s (name, next_slot_at)
    values (${LIMITER}, clock_timestamp() + make_interval(secs => ${seconds}))
    on conflict (name) do update
      set next_slot_at = greatest(s.next_slot_at, clock_timestamp() + make_interval(secs => ${seconds}))
  `);
}
