import "server-only";
import { sql } from "drizzle-orm";
import { database, type Context } from "@/server/context";

type Row = { campaign_id: string; scope: string; key: string; n: number };
export type Correction = { campaignId: string; scope: string; key: string; delta: number };

/**
 * Recounts confirmed signatures and repairs any tally that drifted (a bug, a hand edit). Expected
 * and actual counts are read in one snapshot; the difference is then added to shard 0. Because a
 * correction is a difference, not an overwrite, confirmations made meanwhile are never lost.
 */
export async function reconcileTallies(context: Context): Promise<Correction[]> {
  const db = database(context);
  const { expected, actual } = await db.transaction(
    async (tx) => {
      const expected = await tx.execute<Row>(sql`
        select campaign_id, 'total' as scope, '' as key, count(*)::int as n from signatures where state = 'confirmed' group by campaign_id
        union all
        select campaign_id, 'province', coalesce(province, ''), count(*)::int from signatures where state = 'confirmed' group by campaign_id, province
        union all
        select campaign_id, 'riding', riding_code, count(*)::int from signatures where state = 'confirmed' and riding_code is not null group by campaign_id, riding_code`);
      const actual = await tx.execute<Row>(sql`
        select campaign_id, scope, key, sum(count)::int as n from signature_tallies group by campaign_id, scope, key`);
      return { expected, actual };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const id = (row: Pick<Row, "campaign_id" | "scope" | "key">) => `${row.campaign_id}|${row.scope}|${row.key}`;
  const deltas = new Map<string, Correction>();
  for (const row of expected) deltas.set(id(row), { campaignId: row.campaign_id, scope: row.scope, key: row.key, delta: row.n });
  for (const row of actual) {
    const entry = deltas.get(id(row)) ?? { campaignId: row.campaign_id, scope: row.scope, key: row.key, delta: 0 };
    entry.delta -= row.n;
    deltas.set(id(row), entry);
  }
  const corrections = [...deltas.values()].filter((correction) => correction.delta !== 0);
  for (const c of corrections) {
    await db.execute(sql`
      insert into signature_tallies (campaign_id, scope, key, shard, count) values (${c.campaignId}, ${c.scope}, ${c.key}, 0, ${c.delta})
      on conflict (campaign_id, scope, key, shard) do update set count = signature_tallies.count + excluded.count`);
  }
  return corrections;
}
