import { inArray } from "drizzle-orm";
import type { Database } from "@/db/client";
import { findings } from "@/db/schema";
import type { FindingProblem } from "./finding-record";
import type { ParsedFinding } from "./parse-finding-file";
import { saveFindingRecord, type SaveOutcome } from "./save-finding-record";

export type FindingImportReport = {
  file: string;
  /** Null when the file could not be read as a record. */
  id: string | null;
  outcome: SaveOutcome | "invalid";
  errors: FindingProblem[];
  warnings: FindingProblem[];
};

type Saved = { report: FindingImportReport; parsed: Extract<ParsedFinding, { ok: true }> };

/** Related ids that name no stored record: kept (the record may come later), but said. */
async function warnUnknownRelated(database: Database, saved: Saved[]): Promise<void> {
  const named = [...new Set(saved.flatMap(({ parsed }) => parsed.record.related))];
  if (named.length === 0) return;
  const known = new Set((await database.select({ id: findings.id }).from(findings).where(inArray(findings.id, named))).map((row) => row.id));
  for (const { report, parsed } of saved) {
    parsed.record.related.forEach((id, index) => {
      if (!known.has(id)) report.warnings.push({ file: parsed.file, line: parsed.lineOf(["related", index]), field: `related[${index}]`, problem: `no record ${id} in the library (kept; import it to link them)` });
    });
  }
}

/**
 * Imports parsed finding files, each valid one in its own transaction: an invalid file writes
 * nothing and does not stop the others. A second file with an id already seen in this run is
 * invalid. Idempotent: each file reports created, updated or unchanged. Never deletes a record
 * that the files no longer hold (the library is also edited in the panel). Related ids are
 * checked once every file is in, so records may name each other in any order.
 */
export async function importFindings(database: Database, files: ParsedFinding[]): Promise<FindingImportReport[]> {
  const reports: FindingImportReport[] = [];
  const saved: Saved[] = [];
  const fileOfId = new Map<string, string>();
  for (const parsed of files) {
    if (!parsed.ok) {
      reports.push({ file: parsed.file, id: null, outcome: "invalid", errors: parsed.errors, warnings: [] });
      continue;
    }
    const { record } = parsed;
    const earlier = fileOfId.get(record.id);
    if (earlier !== undefined) {
      const problem = { file: parsed.file, line: parsed.lineOf(["id"]), field: "id", problem: `is also the id of ${earlier}, imported first` };
      reports.push({ file: parsed.file, id: record.id, outcome: "invalid", errors: [problem], warnings: parsed.warnings });
      continue;
    }
    fileOfId.set(record.id, parsed.file);
    const outcome = await database.transaction((tx) => saveFindingRecord(tx, record));
    const report: FindingImportReport = { file: parsed.file, id: record.id, outcome, errors: [], warnings: [...parsed.warnings] };
    reports.push(report);
    saved.push({ report, parsed });
  }
  await warnUnknownRelated(database, saved);
  return reports;
}
