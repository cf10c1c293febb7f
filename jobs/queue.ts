import PgBoss from "pg-boss";

/*
 * The durable job queue lives in PostgreSQL (pg-boss, schema "pgboss"), beside the data it acts
 * on, so a job can be enqueued in the same transaction as the row that causes it.
 */

export const QUEUE_SCHEMA = "pgboss";

export function createBoss(connectionString: string, options: { max?: number } = {}): PgBoss {
  return new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: "chorus-queue",
    max: options.max ?? 4,
    // Completed jobs are kept a week for the admin panel, then removed by pg-boss maintenance.
    deleteAfterDays: 7,
  });
}
