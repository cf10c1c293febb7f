import { and, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { signatureTallies } from "@/db/schema";

/** A campaign's count in one scope ("total", "province", "riding") and key, summed over its shards. */
export async function tally(campaignId: string, scope: string, key: string): Promise<number> {
  const [row] = await db()
    .select({ n: sql<number>`coalesce(sum(${signatureTallies.count}), 0)::int` })
    .from(signatureTallies)
    .where(and(eq(signatureTallies.campaignId, campaignId), eq(signatureTallies.scope, scope), eq(signatureTallies.key, key)));
  return row?.n ?? 0;
}
