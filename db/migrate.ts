import path from "node:path";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { connect } from "./client";

const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");
// Any fixed number: it only has to be the same in every process that migrates.
const MIGRATION_LOCK_ID = 724_101;

/**
 * Applies every committed migration that the database has not seen. Safe to run from several
 * processes at once (start, deploys, tests): an advisory lock lets one migrate while the others wait.
 */
export async function migrateDatabase(url: string): Promise<void> {
  const { sql, db } = connect(url, { max: 1 });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK_ID})`;
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER, migrationsSchema: "drizzle" });
  } finally {
    await sql`select pg_advisory_unlock(${MIGRATION_LOCK_ID})`.catch(() => undefined);
    await sql.end({ timeout: 5 });
  }
}
