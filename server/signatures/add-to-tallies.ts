import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";

export const TALLY_SHARDS = 16;

export type TallyPlace = { province: string | null; ridingCode?: string | null };

/**
 * Adds `delta` (+1 on confirmation, -n on invalidation) to the campaign's total, to its province's
 * count and (when known) to its riding's, each on one shard chosen at random: concurrent signers
 * spread over 16 rows instead of queuing on one.
 */
export async function addToTallies(tx: Database, campaignId: string, place: TallyPlace, delta: number): Promise<void> {
  const shard = Math.floor(Math.random() * TALLY_SHARDS);
  const riding = place.ridingCode ? sql`, (${campaignId}, 'riding', ${place.ridingCode}, ${shard}, ${delta})` : sql``;
  await tx.execute(sql`
    insert into signature_tallies (campaign_id, scope, key, shard, count)
    values (${campaignId}, 'total', '', ${shard}, ${delta}), (${campaignId}, 'province', ${place.province ?? ""}, ${shard}, ${delta})${riding}
    on conflict (campaign_id, scope, key, shard) do update set count = signature_tallies.count + excluded.count`);
}
