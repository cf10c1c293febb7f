import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { db } from "@/db/client";
import { requireRole } from "@/server/auth/current-actor";
import { pagePolicy } from "@/server/auth/policy";

export type Place = { key: string; count: number };

/** The ten provinces and ridings with the most confirmed signatures, from the tallies (no scan of signatures). */
export async function topPlaces(campaignId: string | null): Promise<{ provinces: Place[]; ridings: Place[] }> {
  await requireRole(pagePolicy["/admin"]);
  const scope = campaignId && z.uuid().safeParse(campaignId).success ? sql`and campaign_id = ${campaignId}` : sql``;
  const rows = await db().execute<Place & { scope: string }>(sql`
    select scope, key, sum(count)::int as count from signature_tallies
    where scope in ('province', 'riding') and key <> '' ${scope}
    group by scope, key having sum(count) > 0 order by count desc`);
  const of = (name: string) => rows.filter((row) => row.scope === name).slice(0, 10).map(({ key, count }) => ({ key, count }));
  return { provinces: of("province"), ridings: of("riding") };
}
