import "server-only";
import type { FindingRecord } from "@/server/findings/import/finding-record";
import { loadFindingRecords } from "@/server/findings/import/load-finding-records";
import { database, type Context } from "@/server/context";

export type CitedFinding = Pick<FindingRecord, "id" | "date" | "title" | "incomplete"> & { sources: FindingRecord["sources"] };

/**
 * The findings some updates cite, by id, with only their tier-1 sources (the issuing body's own
 * text): what an update's "Sources" list shows. One read for any number of updates. Public.
 */
export async function loadCitedFindings(ctx: Context, ids: string[]): Promise<Map<string, CitedFinding>> {
  const records = await loadFindingRecords(database(ctx), [...new Set(ids)]);
  return new Map(records.map((record) => [record.id, { id: record.id, date: record.date, title: record.title, incomplete: record.incomplete, sources: record.sources.filter((source) => source.tier === 1) }]));
}
