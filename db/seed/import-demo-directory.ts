import { existsSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import { importDirectory } from "@/db/directory/import-directory";
import { readDirectoryPath } from "@/db/directory/read-directory-path";

/**
 * On a first run, the demo gets the Canadian directory (ridings, MPs, postal hints, commissioners)
 * from DIRECTORY_DATA_DIR or, in this workplace, ../shared/data/canada, when either exists. The
 * files stay where they are: they are imported, never copied into the project.
 */
export async function importDemoDirectory(db: Database): Promise<void> {
  const folder = process.env.DIRECTORY_DATA_DIR || path.resolve(process.cwd(), "..", "shared", "data", "canada");
  if (!existsSync(folder)) {
    console.log(`No directory data at ${folder}: load some with npm run directory:import -- <folder>.`);
    return;
  }
  const { inputs, errors } = readDirectoryPath(folder);
  for (const error of errors) console.warn(`Directory file skipped: ${error}`);
  const reports = await importDirectory(db, inputs);
  const count = (kind: string) => reports.filter((r) => r.kind === kind).reduce((sum, r) => sum + r.rows - r.skipped.length, 0);
  console.log(`Imported the directory from ${folder}: ${count("ridings")} ridings, ${count("representatives")} MPs, ${count("postalAreas")} postal hints, ${count("fixedTargets")} fixed targets.`);
}
