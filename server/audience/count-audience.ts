import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { audienceQuery, type Audience } from "./audience";

/** The exact number of people an update to this audience would reach, now. */
export async function countAudience(audience: Audience): Promise<number> {
  const [row] = await db().execute<{ n: number }>(sql`select count(*)::int as n from (${audienceQuery(audience)}) as audience`);
  return Number(row?.n ?? 0);
}
