import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { ttlMemo } from "@/lib/ttl-memo";
import { orgZone } from "@/server/organisation/org-zone-sql";
import { authorize } from "@/server/auth/permissions";
import { database, systemContext, type Context } from "@/server/context";

export type ActivityPoint = { at: string; signed: number; confirmed: number };

// The figures are shared by every request of the process (below): read from the pool, not any one caller's transaction.
const shared = systemContext("dashboard");

const scope = (campaignId: string | null) => (campaignId && z.uuid().safeParse(campaignId).success ? sql`and campaign_id = ${campaignId}` : sql``);

/**
 * Signatures made per `unit` (day or hour, on the organisation's clock) over the last `span`, with how many of them are
 * confirmed; every bucket is present, zeros included, so the chart's axis is continuous.
 */
async function series(campaignId: string | null, unit: "day" | "hour", span: string): Promise<ActivityPoint[]> {
  const rows = await database(shared).execute<{ at: string; signed: number; confirmed: number }>(sql`
    with buckets as (
      select generate_series(date_trunc(${unit}, now() at time zone ${orgZone} - ${span}::interval), date_trunc(${unit}, now() at time zone ${orgZone}), ('1 ' || ${unit})::interval) as at
    ), counts as (
      select date_trunc(${unit}, created_at at time zone ${orgZone}) as at, count(*)::int as signed, count(*) filter (where state = 'confirmed')::int as confirmed
      from signatures where created_at >= now() - ${span}::interval - ('1 ' || ${unit})::interval ${scope(campaignId)}
      group by 1
    )
    select to_char(b.at, ${unit === "day" ? "YYYY-MM-DD" : "YYYY-MM-DD HH24:00"}) as at, coalesce(c.signed, 0) as signed, coalesce(c.confirmed, 0) as confirmed
    from buckets b left join counts c on c.at = b.at order by b.at`);
  return [...rows];
}

/*
 * At a million signatures these scans take about a second, so each campaign's figures are kept
 * for a minute per process: organisers refreshing the dashboard do not load the database.
 */
const recent = ttlMemo(60_000, async (key: string) => {
  const campaignId = key || null;
  return Promise.all([series(campaignId, "day", "29 days"), series(campaignId, "hour", "47 hours")]);
});

/** The dashboard's signing activity: per day for 30 days, per hour for 48 hours, and the confirmation rate over the 30 days. */
export async function signatureActivity(ctx: Context, campaignId: string | null) {
  authorize(ctx, "dashboard.read");
  const [daily, hourly] = await recent(campaignId ?? "");
  const signed = daily.reduce((sum, point) => sum + point.signed, 0);
  const confirmed = daily.reduce((sum, point) => sum + point.confirmed, 0);
  return { daily, hourly, signed, confirmed, rate: signed > 0 ? confirmed / signed : null };
}
