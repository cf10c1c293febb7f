import PgBoss from "pg-boss";
import type postgres from "postgres";
import { log } from "@/lib/log/logger.mjs";

/*
 * The durable job queue lives in PostgreSQL (pg-boss, schema "pgboss"), beside the data it acts
 * on, so a job can be enqueued in the same transaction as the row that causes it.
 */

export const QUEUE_SCHEMA = "pgboss";

/** The worker's queue: its own small pool, pg-boss maintenance (expiry, retries) and cron. */
export function createWorkerBoss(connectionString: string, options: { max: number; maintenanceSeconds: number }): PgBoss {
  return new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: "chorus-worker",
    max: options.max,
    // Also how soon a job held by a worker that died is failed by timeout and retried.
    maintenanceIntervalSeconds: options.maintenanceSeconds,
    deleteAfterDays: 7,
  });
}

/**
 * A parameter as postgres.js expects it from pg-boss: undefined (an unset option) becomes null,
 * and a job's data object becomes JSON text, because drizzle turns off postgres.js's own JSON
 * serialisation on the connections it manages.
 */
function parameter(value: unknown): unknown {
  if (value === undefined) return null;
  const plainObject = value !== null && typeof value === "object" && !Array.isArray(value) && !(value instanceof Date) && !Buffer.isBuffer(value);
  return plainObject ? JSON.stringify(value) : value;
}

/** Runs pg-boss's queries on a postgres.js connection or transaction. */
export function executorFor(sql: postgres.Sql | postgres.TransactionSql): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      const rows = await sql.unsafe(text, values.map(parameter) as never[]);
      return { rows };
    },
  };
}

/** A send-only queue handle over an existing pool: no maintenance, no cron, no schema changes. */
export async function createSenderBoss(sql: postgres.Sql): Promise<PgBoss> {
  const boss = new PgBoss({ db: executorFor(sql), schema: QUEUE_SCHEMA, supervise: false, schedule: false, migrate: false });
  boss.on("error", (error) => log.error({ err: error }, "queue error"));
  await boss.start();
  return boss;
}
