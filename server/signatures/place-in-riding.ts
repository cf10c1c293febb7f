import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { signatures } from "@/db/schema";
import { TALLY_SHARDS } from "./add-to-tallies";

/**
 * Places a supporter's confirmed signature of this campaign in the federal riding they have just
 * confirmed themselves (in the letter composer), when confirming it could not: most postal codes
 * are known only by their prefix locally, so signatures usually confirm without a riding, and the
 * riding counts (dashboard, campaign page, open data) stayed empty. The riding's tally gains it in
 * the caller's transaction; the total and the province already count it. A signature that already
 * has a riding keeps it, so writing again changes nothing. Returns whether it was placed.
 */
export async function placeSignatureInRiding(tx: Database, campaignId: string, supporterId: string, ridingCode: string): Promise<boolean> {
  const placed = await tx
    .update(signatures)
    .set({ ridingCode })
    .where(and(eq(signatures.campaignId, campaignId), eq(signatures.supporterId, supporterId), eq(signatures.state, "confirmed"), isNull(signatures.ridingCode)))
    .returning({ id: signatures.id });
  if (placed.length === 0) return false;
  const shard = Math.floor(Math.random() * TALLY_SHARDS);
  await tx.execute(sql`
    insert into signature_tallies (campaign_id, scope, key, shard, count) values (${campaignId}, 'riding', ${ridingCode}, ${shard}, ${placed.length})
    on conflict (campaign_id, scope, key, shard) do update set count = signature_tallies.count + excluded.count`);
  return true;
}
