import type postgres from "postgres";
import { QUEUE_SCHEMA } from "./boss";
import type { Payload, QueueName } from "./queues";

/** Each field of a queue's payload as an SQL expression over the rows a statement enqueues for. */
export type PayloadColumns<Queue extends QueueName> = { [Field in keyof Payload<Queue>]-?: postgres.Fragment };

/**
 * The SQL that writes one pg-boss job of `queue` for each row of `from`, for a statement that
 * enqueues as part of its own work (the signing statement: server/signatures/insert-new-signature.ts)
 * instead of through enqueue. The row is the one pg-boss 10's send writes for a job with no options
 * of its own (plans.js insertJob): retry policy, expiry, retention, dead letter and policy taken
 * from the queue's row in pgboss.queue, with pg-boss's defaults where the queue sets none, so the
 * worker takes it like any other; tests/integration/job-row.test.ts compares the two. The payload's
 * fields are named by the queue's schema (db/queue/queues.ts), so the row carries what the worker
 * parses: only ids, as every payload does.
 */
export function insertJobs<Queue extends QueueName>(sql: postgres.Sql, queue: Queue, data: PayloadColumns<Queue>, from: postgres.Fragment): postgres.Fragment {
  const schema = sql(QUEUE_SCHEMA);
  const fields = (Object.entries(data) as [string, postgres.Fragment][]).map(([field, value]) => sql`${field}::text, ${value}`);
  const payload = fields.reduce((list, field, index) => (index === 0 ? field : sql`${list}, ${field}`), sql``);
  return sql`
    insert into ${schema}.job (name, data, retry_limit, retry_delay, retry_backoff, expire_in, keep_until, dead_letter, policy)
    select q.name, jsonb_build_object(${payload}), coalesce(q.retry_limit, 2),
           case when coalesce(q.retry_backoff, false) then greatest(coalesce(q.retry_delay, 0), 1) else coalesce(q.retry_delay, 0) end,
           coalesce(q.retry_backoff, false), coalesce(q.expire_seconds * interval '1 second', interval '15 minutes'),
           now() + coalesce(q.retention_minutes * interval '1 minute', interval '14 days'), q.dead_letter, q.policy
    from ${from}, ${schema}.queue as q where q.name = ${queue}::text`;
}
