import { asc, inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { findings, findingSources } from "@/db/schema";
import type { FindingRecord } from "./finding-record";
import { recordOf } from "./finding-rows";

/**
 * Stored findings as records, oldest first (all of them, or those with the given ids). With
 * `lock`, the finding rows stay locked until the caller's transaction ends.
 */
export async function loadFindingRecords(db: Database, ids?: string[], options: { lock?: boolean } = {}): Promise<FindingRecord[]> {
  if (ids?.length === 0) return [];
  const query = db
    .select()
    .from(findings)
    .where(ids ? inArray(findings.id, ids) : undefined)
    .orderBy(asc(findings.sortDate), asc(findings.id));
  const rows = options.lock ? await query.for("update") : await query;
  if (rows.length === 0) return [];
  const sources = await db
    .select()
    .from(findingSources)
    .where(ids ? inArray(findingSources.findingId, ids) : undefined)
    .orderBy(asc(findingSources.findingId), asc(findingSources.position));
  const byFinding = new Map<string, (typeof sources)[number][]>();
  for (const source of sources) byFinding.set(source.findingId, [...(byFinding.get(source.findingId) ?? []), source]);
  return rows.map((row) => recordOf(row, byFinding.get(row.id) ?? []));
}
