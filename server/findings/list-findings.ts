import "server-only";
import { and, arrayContains, asc, desc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { findings } from "@/db/schema";
import { FINDING_KINDS, type FindingKind } from "@/server/findings/import/finding-record";
import { database, type Context } from "@/server/context";

const blank = (value: unknown) => (value === "" || value === null ? undefined : value);
const flag = z.preprocess((value) => (value === "true" ? true : value === "false" ? false : blank(value)), z.boolean().optional());

/** The timeline's filters; strings as they come from a query string are accepted too. */
export const findingFilter = z.object({
  kind: z.preprocess(blank, z.enum(FINDING_KINDS).optional()),
  jurisdiction: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/)
      .optional(),
  ),
  tag: z.preprocess(
    blank,
    z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
      .optional(),
  ),
  binding: flag,
  // Records still to be confirmed are for organisers; the public timeline leaves them out.
  includeIncomplete: flag.default(false),
  order: z.preprocess(blank, z.enum(["newest", "oldest"]).default("newest")),
  // The `next` of the previous page.
  after: z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}_[0-9a-z-]+$/)
      .optional(),
  ),
  limit: z.preprocess(blank, z.coerce.number().int().min(1).max(200).default(50)),
});

export type FindingListItem = {
  id: string;
  date: string;
  sortDate: string;
  kind: FindingKind;
  binding: boolean;
  incomplete: boolean;
  jurisdictions: string[];
  issuers: string[];
  title: { en: string; fr: string };
  importance: number;
  tags: string[];
};

/**
 * A page of the findings timeline, newest (or oldest) first, filtered by kind, jurisdiction, tag
 * and whether binding. Pages by keyset on (date, id), so a deep page costs what the first does;
 * `next` is null on the last page. Public: no actor check. Throws ZodError on a malformed filter.
 */
export async function listFindings(ctx: Context, raw: unknown): Promise<{ items: FindingListItem[]; next: string | null }> {
  const filter = findingFilter.parse(raw ?? {});
  const newest = filter.order === "newest";
  const [afterDate, afterId] = filter.after?.split("_") ?? [];
  const rows = await database(ctx)
    .select({
      id: findings.id,
      date: findings.date,
      sortDate: findings.sortDate,
      kind: findings.kind,
      binding: findings.binding,
      incomplete: findings.incomplete,
      jurisdictions: findings.jurisdictions,
      issuers: findings.issuers,
      titleEn: findings.titleEn,
      titleFr: findings.titleFr,
      importance: findings.importance,
      tags: findings.tags,
    })
    .from(findings)
    .where(
      and(
        filter.kind ? eq(findings.kind, filter.kind) : undefined,
        filter.jurisdiction ? arrayContains(findings.jurisdictions, [filter.jurisdiction]) : undefined,
        filter.tag ? arrayContains(findings.tags, [filter.tag]) : undefined,
        filter.binding === undefined ? undefined : eq(findings.binding, filter.binding),
        filter.includeIncomplete ? undefined : eq(findings.incomplete, false),
        afterId === undefined ? undefined : newest ? sql`(${findings.sortDate}, ${findings.id}) < (${afterDate}::date, ${afterId})` : sql`(${findings.sortDate}, ${findings.id}) > (${afterDate}::date, ${afterId})`,
      ),
    )
    .orderBy(...(newest ? [desc(findings.sortDate), desc(findings.id)] : [asc(findings.sortDate), asc(findings.id)]))
    .limit(filter.limit + 1);
  const page = rows.slice(0, filter.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ titleEn, titleFr, ...row }) => ({ ...row, title: { en: titleEn, fr: titleFr } })),
    next: rows.length > filter.limit && last ? `${last.sortDate}_${last.id}` : null,
  };
}
