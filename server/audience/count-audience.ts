import "server-only";
import { sql } from "drizzle-orm";
import { database, type Context } from "@/server/context";
import { audienceQuery, type Audience } from "./audience";

/** The exact number of people an update to this audience would reach, now. */
export async function countAudience(ctx: Context, audience: Audience): Promise<number> {
  const [row] = await database(ctx).execute<{ n: number }>(sql`select count(*)::int as n from (${audienceQuery(audience)}) as audience`);
  return Number(row?.n ?? 0);
}
