import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { env } from "@/lib/env";

// Without drizzle's relational query builder (db.query.*, unused): building its configuration from the
// schema costs ~0.2 ms, and db/transaction.ts builds a handle for every transaction.
export type Database = PostgresJsDatabase;

type Connection = { sql: postgres.Sql; db: Database };

// One pool per process, created on first use so that `next build` never needs a database.
const globalForDb = globalThis as typeof globalThis & { chorusDb?: Connection };

/** Seconds before the next connection attempt after `retries` failed ones: 0.1, 0.2, 0.4 … 1 at most. */
const reconnectPause = (retries: number) => Math.min(0.1 * 2 ** Math.max(retries - 1, 0), 1);

/** Opens a dedicated pool, e.g. for scripts and tests that manage their own lifetime. */
export function connect(url: string, options: { max?: number; pooled?: boolean } = {}): Connection {
  const sql = postgres(url, {
    max: options.max ?? 10,
    // Behind PgBouncer in transaction mode a prepared statement would be looked for on whichever
    // server connection the next transaction gets, where it does not exist.
    prepare: !options.pooled,
    // While the database is away, a query fails within seconds (a 503 the client can act on)
    // instead of waiting out postgres.js's defaults: a 30 s connect timeout and reconnection
    // pauses that grow to 20 s, which kept a web process failing long after the database was back.
    connect_timeout: 5,
    backoff: reconnectPause,
    onnotice: () => undefined,
    connection: { application_name: "chorus" },
  });
  return { sql, db: drizzle(sql) };
}

/** The process-wide database handle. */
export function db(): Database {
  globalForDb.chorusDb ??= connect(env().DATABASE_URL, { pooled: env().DATABASE_POOLED === "1" });
  return globalForDb.chorusDb.db;
}

/** The process-wide postgres.js pool, for what drizzle does not cover (transactions with jobs). */
export function rawSql(): postgres.Sql {
  db();
  return globalForDb.chorusDb!.sql;
}

/** Closes the process-wide pool (worker shutdown, scripts). */
export async function closeDb(): Promise<void> {
  const connection = globalForDb.chorusDb;
  globalForDb.chorusDb = undefined;
  await connection?.sql.end({ timeout: 5 });
}
