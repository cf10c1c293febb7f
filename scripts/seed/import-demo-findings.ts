import { existsSync } from "node:fs";
import type { Database } from "@/db/client";
import { importFindings } from "@/server/findings/import/import-findings";
import { readFindingsPath } from "@/server/findings/import/read-findings-path";
import type { FindingProblem } from "@/server/findings/import/finding-record";
import { DEMO_FINDINGS_DIR, shownPath } from "@/db/seed/demo-data";

const line = ({ file, line, field, problem }: FindingProblem) => `${shownPath(file)}:${line} ${field}: ${problem}`;

/**
 * On a first run, the demo gets the findings library from `configured` (FINDINGS_DATA_DIR) or else
 * the project's own records (db/seed/data/findings). A file that does not pass is named and
 * skipped, and every warning is printed as `npm run findings:import` prints it: the demo starts anyway.
 */
export async function importDemoFindings(db: Database, configured?: string): Promise<void> {
  const folder = configured ?? DEMO_FINDINGS_DIR;
  if (!existsSync(folder)) {
    console.log(`No findings at ${folder}: load some with npm run findings:import -- <folder>.`);
    return;
  }
  const reports = await importFindings(db, readFindingsPath(folder));
  for (const error of reports.flatMap((report) => report.errors)) console.warn(`Finding skipped: ${line(error)}`);
  for (const warning of reports.flatMap((report) => report.warnings)) console.warn(`Finding imported with a warning: ${line(warning)}`);
  const imported = reports.filter((report) => report.outcome !== "invalid").length;
  console.log(`Imported ${imported} finding${imported === 1 ? "" : "s"} from ${shownPath(folder)}.`);
}
