import "server-only";
import { and, inArray, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { signatures } from "@/db/schema";
import { addToTallies } from "../add-to-tallies";

type Place = { province: string | null; riding_code: string | null; n: number };

/**
 * Marks the signatures matching `where` as invalidated (or fraudulent), in the caller's transaction,
 * and takes the confirmed ones off the campaign's counts, place by place. Only pending or confirmed
 * signatures change, so running it twice changes nothing the second time. Returns how many changed.
 * A bulk invalidation passes its id, stamped on what it changed so it can be undone in one step.
 */
export async function invalidateSignatures(tx: Database, campaignId: string, where: SQL, state: "invalidated" | "fraudulent", invalidationId: string | null = null): Promise<number> {
  const changed = await tx.execute<Place>(sql`
    with target as (
      select id, state, province, riding_code from signatures
      where ${and(where, inArray(signatures.state, ["pending", "confirmed"]))}
      for update
    ), changed as (
      update signatures s set state = ${state}, invalidated_at = now(), invalidation_id = ${invalidationId}, confirm_token_hash = null
      from target where s.id = target.id
      returning target.state as previous, target.province, target.riding_code
    )
    select province, riding_code, count(*) filter (where previous = 'confirmed')::int as n, count(*)::int as total
    from changed group by province, riding_code`);
  let total = 0;
  for (const place of changed as unknown as (Place & { total: number })[]) {
    total += place.total;
    if (place.n > 0) await addToTallies(tx, campaignId, { province: place.province, ridingCode: place.riding_code }, -place.n);
  }
  return total;
}
