import "server-only";
import { desc, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { dataRequests } from "@/db/schema";
import { postedFields } from "@/lib/forms/posted-fields";
import { authorize } from "@/server/auth/permissions";
import { database, type Context } from "@/server/context";
import { orgZone } from "@/server/organisation/org-zone-sql";

export const DATA_REQUESTS_PAGE = 50;
/** Months shown in the totals: two years is enough to see a trend, and keeps the table short. */
export const DATA_REQUEST_MONTHS = 24;

const filter = z.object({ before: z.coerce.number().int().positive().optional() });

export type DataRequestMonth = { month: string; exports: number; erasures: number; bySupporter: number; byOrganiser: number };

/**
 * The organisers' "data requests" page: exports and erasures, newest first, 50 a page by keyset
 * (`before`, an id), with totals per month on the organisation's clock and in all. data_requests
 * holds no personal data, so nothing here can name anyone; a malformed `before` shows the first page.
 */
export async function listDataRequests(ctx: Context, raw: unknown) {
  authorize(ctx, "data-requests.read");
  const parsed = filter.safeParse(postedFields(raw));
  const before = parsed.success ? parsed.data.before : undefined;
  const db = database(ctx);
  const count = (where: SQL) => sql<number>`count(*) filter (where ${where})::int`;
  const month = sql<string>`to_char(${dataRequests.createdAt} at time zone ${orgZone}, 'YYYY-MM')`;
  const [rows, months, [totals]] = await Promise.all([
    db
      .select({ id: dataRequests.id, kind: dataRequests.kind, requestedBy: dataRequests.requestedBy, createdAt: dataRequests.createdAt })
      .from(dataRequests)
      .where(before ? lt(dataRequests.id, before) : undefined)
      .orderBy(desc(dataRequests.id))
      .limit(DATA_REQUESTS_PAGE + 1),
    db
      .select({
        month,
        exports: count(sql`${dataRequests.kind} = 'export'`),
        erasures: count(sql`${dataRequests.kind} = 'erasure'`),
        bySupporter: count(sql`${dataRequests.requestedBy} = 'supporter'`),
        byOrganiser: count(sql`${dataRequests.requestedBy} = 'organiser'`),
      })
      .from(dataRequests)
      // By position: the zone is a bound parameter, so the expression itself differs in each clause.
      .groupBy(sql`1`)
      .orderBy(sql`1 desc`)
      .limit(DATA_REQUEST_MONTHS),
    db.select({ exports: count(sql`${dataRequests.kind} = 'export'`), erasures: count(sql`${dataRequests.kind} = 'erasure'`) }).from(dataRequests),
  ]);
  const more = rows.length > DATA_REQUESTS_PAGE;
  const page = more ? rows.slice(0, DATA_REQUESTS_PAGE) : rows;
  return { rows: page, next: more ? page.at(-1)!.id : null, first: before === undefined, months: months as DataRequestMonth[], totals: totals ?? { exports: 0, erasures: 0 } };
}
