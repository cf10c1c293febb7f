import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";

/*
 * The organisation's time zone inside a query, for filters and charts by day: PostgreSQL turns a
 * local calendar day into instants (23 or 25 hours long on DST change days) and buckets times on
 * the organisation's clock. A scalar subquery, evaluated once per statement, so a range on an
 * indexed timestamp still uses its index.
 */
export const orgZone: SQL = sql`coalesce((select time_zone from organisation_settings where id = 1), ${DEFAULT_TIME_ZONE})`;

/** The first instant of a "YYYY-MM-DD" day on the organisation's clock. */
export const orgDayStart = (day: string): SQL => sql`(${day}::date::timestamp at time zone ${orgZone})`;

/** The first instant after a "YYYY-MM-DD" day on the organisation's clock (a range that includes the day ends here). */
export const orgDayEnd = (day: string): SQL => sql`((${day}::date + 1)::timestamp at time zone ${orgZone})`;
