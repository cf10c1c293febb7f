import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";

export const TALLY_SHARDS = 16;

/**
 * Adds `delta` (+1 on confirmation, -1 on invalidation) to the campaign's total and to its
 * province's count, each on one shard chosen at random: concurrent signers spread over 16 rows
 * instead of queuing on one.
 */
export async function addToTallies(tx: Transaction, campaignId: string, province: string | null, delta: number): Promise<void> {
  const shard = Math.floor(Math.random() * TALLY_SHARDS);
  await tx.execute(sql`
    insert into signature_tallies (campaign_id, scope, key, shard, count)
    values (${campaignId}, 'total', '', ${shard}, ${delta}), (${campaignId}, 'province', ${province ?? ""}, ${shard}, ${delta})
    on conflict (campaign_id, scope, key, shard) do update set count = signature_tallies.count + excluded.count`);
}
