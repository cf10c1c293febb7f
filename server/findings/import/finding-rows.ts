import type { findings, findingSources } from "@/db/schema";
import { sortableDate, type FindingRecord } from "./finding-record";

type FindingRow = typeof findings.$inferSelect;
type SourceRow = typeof findingSources.$inferSelect;

/** The columns a record sets (timestamps are the database's). */
export function findingValues(record: FindingRecord) {
  return {
    id: record.id,
    date: record.date,
    sortDate: sortableDate(record.date),
    kind: record.kind,
    binding: record.binding,
    incomplete: record.incomplete,
    jurisdictions: record.jurisdictions,
    issuers: record.issuers,
    fileNumbers: record.fileNumbers,
    tags: record.tags,
    actors: record.actors,
    related: record.related,
    titleEn: record.title.en,
    titleFr: record.title.fr,
    summaryEn: record.summary.en,
    summaryFr: record.summary.fr,
    importance: record.importance,
  } satisfies typeof findings.$inferInsert;
}

export function sourceValues(record: FindingRecord) {
  return record.sources.map((source, position) => ({ findingId: record.id, position, ...source })) satisfies (typeof findingSources.$inferInsert)[];
}

/** A stored finding as a record; `sources` in their position order. */
export function recordOf(row: FindingRow, sources: SourceRow[]): FindingRecord {
  return {
    id: row.id,
    date: row.date,
    kind: row.kind,
    binding: row.binding,
    incomplete: row.incomplete,
    jurisdictions: row.jurisdictions,
    issuers: row.issuers,
    fileNumbers: row.fileNumbers,
    title: { en: row.titleEn, fr: row.titleFr },
    summary: { en: row.summaryEn, fr: row.summaryFr },
    importance: row.importance,
    tags: row.tags,
    actors: row.actors,
    related: row.related,
    sources: sources.map((source) => ({ url: source.url, title: source.title, publisher: source.publisher, date: source.date, tier: source.tier as 1 | 2 | 3 })),
  };
}
