import "server-only";
import { sql } from "drizzle-orm";
import { db, type Database } from "@/db/client";
import { probe, type ProbeResult } from "./probe";

/** Whether the database answers a trivial query within two seconds; never throws. */
export function checkDatabase(database: Database = db()): Promise<ProbeResult> {
  return probe(() => database.execute(sql`select 1`));
}
