import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import PgBoss from "pg-boss";
import { QUEUE_SCHEMA } from "@/db/queue/boss";
import { ensureQueues } from "@/db/queue/queues";
import { connect, type Database } from "./client";

const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");
// Any fixed number: it only has to be the same in every process that migrates.
const MIGRATION_LOCK_ID = 724_101;

/**
 * Applies every committed migration that the database has not seen, then brings the job queue
 * (pg-boss's own schema, our queues and their retry policies) up to date. Safe to run from
 * several processes at once (start, deploys, tests): an advisory lock lets one migrate at a time.
 *
 * The lock is transaction-scoped, held by an open transaction on a connection of its own while
 * the work runs on another: behind PgBouncer in transaction mode a session lock would stay on
 * whichever server connection took it (and the unlock could reach another), blocking the next
 * release for good. This one ends with its transaction, or when its connection drops. Prefer
 * DATABASE_DIRECT_URL for migrations anyway (long DDL should not hold a pooled connection).
 */
export async function migrateDatabase(url: string, options: { pooled?: boolean } = {}): Promise<void> {
  const lock = connect(url, { max: 1, pooled: options.pooled });
  const { sql, db } = connect(url, { max: 1, pooled: options.pooled });
  try {
    // Waiting with a try-lock, not pg_advisory_xact_lock: a waiter blocked inside its transaction
    // would hold a pooled server connection that the lock holder's own work may need.
    for (;;) {
      const done = await lock.sql.begin(async (tx) => {
        const [row] = await tx<{ locked: boolean }[]>`select pg_try_advisory_xact_lock(${MIGRATION_LOCK_ID}) as locked`;
        if (!row?.locked) return false;
        await applyAll(url, db);
        return true;
      });
      if (done) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  } finally {
    await sql.end({ timeout: 5 });
    await lock.sql.end({ timeout: 5 });
  }
}

async function applyAll(url: string, db: Database): Promise<void> {
  await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: "drizzle" });
  // pg-boss's own schema migration serialises itself with pg_advisory_xact_lock inside one
  // multi-statement query, which is safe through a transaction pooler too.
  const boss = new PgBoss({ connectionString: url, schema: QUEUE_SCHEMA, max: 1, supervise: false, schedule: false });
  await boss.start();
  try {
    await ensureQueues(boss, { updatePolicies: true });
  } finally {
    await boss.stop({ graceful: false });
  }
}
