import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";

/** A place and its confirmed count; ridings carry their names (a riding's number alone tells an organiser nothing). */
export type Place = { key: string; count: number; name: { en: string; fr: string } | null };

/** The ten provinces and ridings with the most confirmed signatures, from the tallies (no scan of signatures). */
export async function topPlaces(ctx: Context, campaignId: string | null): Promise<{ provinces: Place[]; ridings: Place[] }> {
  authorize(ctx, "dashboard.read");
  const scope = campaignId && z.uuid().safeParse(campaignId).success ? sql`and campaign_id = ${campaignId}` : sql``;
  const rows = await database(ctx).execute<{ scope: string; key: string; count: number; name_en: string | null; name_fr: string | null }>(sql`
    with places as (
      select scope, key, sum(count)::int as count from signature_tallies
      where scope in ('province', 'riding') and key <> '' ${scope}
      group by scope, key having sum(count) > 0
    )
    select places.*, r.name_en, r.name_fr from places
    left join ridings r on places.scope = 'riding' and r.level = 'federal' and r.code = places.key
    order by count desc, key`);
  const of = (name: string) =>
    rows
      .filter((row) => row.scope === name)
      .slice(0, 10)
      .map((row) => ({ key: row.key, count: row.count, name: row.name_en && row.name_fr ? { en: row.name_en, fr: row.name_fr } : null }));
  return { provinces: of("province"), ridings: of("riding") };
}
