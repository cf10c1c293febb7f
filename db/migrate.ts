import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import PgBoss from "pg-boss";
import { QUEUE_SCHEMA } from "@/db/queue/boss";
import { ensureQueues } from "@/db/queue/queues";
import { connect } from "./client";

const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");
// Any fixed number: it only has to be the same in every process that migrates.
const MIGRATION_LOCK_ID = 724_101;

/**
 * Applies every committed migration that the database has not seen, then brings the job queue
 * (pg-boss's own schema, our queues and their retry policies) up to date. Safe to run from
 * several processes at once (start, deploys, tests): an advisory lock lets one migrate at a time.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const { sql, db } = connect(url, { max: 1 });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: "drizzle" });
    const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, max: 1, supervise: false, schedule: false });
    await boss.start();
    try {
      await ensureQueues(boss, { updatePolicies: true });
    } finally {
      await boss.stop({ graceful: false });
    }
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => undefined);
    await sql.end({ timeout: 5 });
  }
}
