import "server-only";
import { sql } from "drizzle-orm";
import { ttlMemo } from "@/lib/ttl-memo";
import { orgZone } from "@/server/organisation/org-zone-sql";
import { authorize } from "@/server/auth/permissions";
import { database, systemContext, type Context } from "@/server/context";

export type SubscriberPoint = { at: string; gained: number; lost: number };

/**
 * Email-update opt-ins and withdrawals per day (on the organisation's clock) over 30 days, read from the consent records (the
 * legal record of who agreed to hear from us, so the chart and the proof never disagree).
 */
export async function subscriberActivity(ctx: Context): Promise<SubscriberPoint[]> {
  authorize(ctx, "dashboard.read");
  return lastThirtyDays("");
}

// The figures are shared by every request of the process (below): read from the pool, not any one caller's transaction.
const shared = systemContext("dashboard");

// A scan of a month of consent records: kept for a minute per process, like the signing activity.
const lastThirtyDays = ttlMemo(60_000, async (): Promise<SubscriberPoint[]> => {
  const rows = await database(shared).execute<SubscriberPoint>(sql`
    with days as (
      select generate_series(date_trunc('day', now() at time zone ${orgZone} - interval '29 days'), date_trunc('day', now() at time zone ${orgZone}), interval '1 day') as at
    ), counts as (
      select date_trunc('day', created_at at time zone ${orgZone}) as at,
        count(*) filter (where action = 'granted')::int as gained, count(*) filter (where action = 'withdrawn')::int as lost
      from consent_records where purpose = 'updates' and created_at >= now() - interval '30 days'
      group by 1
    )
    select to_char(d.at, 'YYYY-MM-DD') as at, coalesce(c.gained, 0) as gained, coalesce(c.lost, 0) as lost
    from days d left join counts c on c.at = d.at order by d.at`);
  return [...rows];
});
