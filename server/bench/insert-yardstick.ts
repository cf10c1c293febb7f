import "server-only";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { database, type Context } from "@/server/context";

/** The benchmark's yardstick write (app/api/bench/insert): one INSERT of a throwaway row, and nothing else. */
export async function insertYardstick(context: Context): Promise<void> {
  await database(context).execute(sql`insert into rate_limit_hits (bucket, window_start, hits) values (${`bench:${randomUUID()}`}, now(), 1)`);
}
