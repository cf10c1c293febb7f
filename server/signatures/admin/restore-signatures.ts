import "server-only";
import { and, inArray, isNotNull, sql, type SQL } from "drizzle-orm";
import type { Database } from "@/db/client";
import { signatures } from "@/db/schema";
import { addToTallies } from "../add-to-tallies";

type Restored = { id: string; previous: "invalidated" | "fraudulent"; state: "pending" | "confirmed"; province: string | null; riding_code: string | null };

/**
 * The inner step of every restore, one signature or a whole bulk invalidation, in the caller's
 * transaction: each signature matching `where` that an organiser invalidated (it carries the time;
 * those the rate limit marked on arrival never counted) goes back to confirmed if it had been
 * confirmed (its confirmation time is kept through invalidation), else to pending, and the
 * confirmed ones count again in the total, their province and their riding. Rows are locked, so a
 * concurrent restore waits and then finds nothing left: restoring twice changes nothing.
 */
export async function restoreSignatures(tx: Database, campaignId: string, where: SQL): Promise<Restored[]> {
  const restored = (await tx.execute<Restored>(sql`
    with target as (
      select id, state, confirmed_at, province, riding_code from signatures
      where ${and(where, inArray(signatures.state, ["invalidated", "fraudulent"]), isNotNull(signatures.invalidatedAt))}
      for update
    )
    update signatures s
    set state = case when target.confirmed_at is null then 'pending' else 'confirmed' end::signature_state,
        invalidated_at = null, invalidation_id = null
    from target where s.id = target.id
    returning s.id, target.state as previous, s.state, target.province, target.riding_code`)) as unknown as Restored[];
  const places = new Map<string, { province: string | null; ridingCode: string | null; n: number }>();
  for (const row of restored) {
    if (row.state !== "confirmed") continue;
    const key = `${row.province ?? ""}|${row.riding_code ?? ""}`;
    const place = places.get(key) ?? { province: row.province, ridingCode: row.riding_code, n: 0 };
    place.n += 1;
    places.set(key, place);
  }
  for (const { n, ...place } of places.values()) await addToTallies(tx, campaignId, place, n);
  return restored;
}
