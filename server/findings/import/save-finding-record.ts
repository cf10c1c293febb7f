import { isDeepStrictEqual } from "node:util";
import { eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { findings, findingSources } from "@/db/schema";
import type { FindingRecord } from "./finding-record";
import { findingValues, sourceValues } from "./finding-rows";
import { loadFindingRecords } from "./load-finding-records";

export type SaveOutcome = "created" | "updated" | "unchanged";

/**
 * Stores a valid record under its id, inside the caller's transaction: inserts it, or replaces
 * what differs (its sources as a whole), or writes nothing when the stored record is already
 * equal, so saving the same record twice is harmless and says "unchanged". Two saves of one id
 * at once queue on the row: the second compares against what the first wrote.
 */
export async function saveFindingRecord(tx: Database, record: FindingRecord): Promise<SaveOutcome> {
  const values = findingValues(record);
  const inserted = await tx.insert(findings).values(values).onConflictDoNothing().returning({ id: findings.id });
  if (inserted.length > 0) {
    if (record.sources.length > 0) await tx.insert(findingSources).values(sourceValues(record));
    return "created";
  }
  const [stored] = await loadFindingRecords(tx, [record.id], { lock: true });
  if (isDeepStrictEqual(stored, record)) return "unchanged";
  await tx
    .update(findings)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(findings.id, record.id));
  await tx.delete(findingSources).where(eq(findingSources.findingId, record.id));
  if (record.sources.length > 0) await tx.insert(findingSources).values(sourceValues(record));
  return "updated";
}
