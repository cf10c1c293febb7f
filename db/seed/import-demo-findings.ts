import { existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import { importFindings } from "@/db/findings/import-findings";
import { readFindingsPath } from "@/db/findings/read-findings-path";

/**
 * On a first run, the demo gets the findings library from `configured` (FINDINGS_DATA_DIR) or, in
 * this workplace, ../shared/data/findings, when either exists. Like the directory, the files are
 * imported where they are, never copied into the project. A file that does not pass is named and
 * skipped: the demo starts anyway.
 */
export async function importDemoFindings(db: Database, configured?: string): Promise<void> {
  const folder = configured ?? path.resolve(process.cwd(), "..", "shared", "data", "findings");
  if (!existsSync(folder)) {
    console.log(`No findings at ${folder}: load some with npm run findings:import -- <folder>.`);
    return;
  }
  const reports = await importFindings(db, readFindingsPath(folder));
  for (const { file, line, field, problem } of reports.flatMap((report) => report.errors)) console.warn(`Finding skipped: ${file}:${line} ${field}: ${problem}`);
  const imported = reports.filter((report) => report.outcome !== "invalid").length;
  console.log(`Imported ${imported} finding${imported === 1 ? "" : "s"} from ${folder}.`);
}
