import { and, eq, gte, like, lt, sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import { singleLineText } from "@/lib/text/plain-text";
import { signatures } from "@/db/schema";
import { likePrefix } from "@/lib/sql/like-prefix";
import { orgDayEnd, orgDayStart } from "@/server/organisation/org-zone-sql";

/*
 * The filters of the signatures table, shared by the table, the CSV export and bulk invalidation,
 * so that what an organiser sees is exactly what they export or invalidate. Every one is served by
 * (campaign_id, created_at, id) or by the unique (campaign_id, canonical_email) in byte order.
 */

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const opt = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
  .refine((value) => !Number.isNaN(Date.parse(value)), "dateInvalid");

export const signatureFilter = z.object({
  state: opt(z.enum(["pending", "confirmed", "invalidated", "fraudulent"])),
  province: opt(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, "provinceInvalid"),
  ),
  riding: opt(singleLineText().trim().max(20, "tooLong")),
  from: opt(day),
  to: opt(day),
  subscribed: opt(z.enum(["yes", "no"])),
  // The beginning of an email address, as typed (compared lower-case).
  q: opt(singleLineText().trim().toLowerCase().max(254, "tooLong")),
});

export type SignatureFilter = z.output<typeof signatureFilter>;

export function filterConditions(campaignId: string, filter: SignatureFilter): SQL {
  const conditions: (SQL | undefined)[] = [eq(signatures.campaignId, campaignId)];
  if (filter.state) conditions.push(eq(signatures.state, filter.state));
  if (filter.province) conditions.push(eq(signatures.province, filter.province));
  if (filter.riding) conditions.push(eq(signatures.ridingCode, filter.riding));
  // Whole days on the organisation's clock; "to" includes its day.
  if (filter.from) conditions.push(gte(signatures.createdAt, orgDayStart(filter.from)));
  if (filter.to) conditions.push(lt(signatures.createdAt, orgDayEnd(filter.to)));
  if (filter.q) conditions.push(like(signatures.canonicalEmail, likePrefix(filter.q)));
  if (filter.subscribed) {
    const subscribed = sql`exists (select 1 from supporters s where s.id = ${signatures.supporterId} and s.subscription_status = 'subscribed')`;
    conditions.push(filter.subscribed === "yes" ? subscribed : sql`not ${subscribed}`);
  }
  return and(...conditions)!;
}

/**
 * A page boundary: the (created_at, id) of the last row shown, newest first. The time is carried
 * as PostgreSQL's own text, to the microsecond: a JavaScript Date keeps milliseconds only, and
 * rounding would skip or repeat rows.
 */
export const cursor = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z_[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
  .transform((value) => {
    const [at, id] = value.split("_") as [string, string];
    return { at, id };
  });

/** Selects a row's cursor text alongside it. */
export const cursorColumn = sql<string>`to_char(${signatures.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') || '_' || ${signatures.id}`;

export function beforeCursor(position: { at: string; id: string }): SQL {
  return sql`(${signatures.createdAt}, ${signatures.id}) < (${position.at}::timestamptz, ${position.id}::uuid)`;
}
