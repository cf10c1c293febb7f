import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";

/**
 * Runs one UPDATE or DELETE and answers how many rows it touched, from the driver's own count:
 * a retention run may touch a hundred thousand rows, and RETURNING them only to count them would
 * carry every id back to the worker for nothing.
 */
export async function affectedRows(db: Database, statement: SQL): Promise<number> {
  const result = await db.execute(statement);
  return result.count;
}

/** The instant `days` before `now`, as SQL. */
export const daysBefore = (now: Date, days: number): SQL => sql`(${now.toISOString()}::timestamptz - make_interval(days => ${days}))`;

/** The instant `months` before `now`, as SQL: calendar months, as PostgreSQL counts them (31 March less one month is 28 or 29 February). */
export const monthsBefore = (now: Date, months: number): SQL => sql`(${now.toISOString()}::timestamptz - make_interval(months => ${months}))`;
