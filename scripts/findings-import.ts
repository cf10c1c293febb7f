/**
 * npm run findings:import -- <folder or file>
 * Loads findings from Markdown files with YAML front matter (the format of db/seed/data/findings)
 * into DATABASE_URL, or the running `npm start`'s database. Idempotent; each valid file is imported
 * on its own, an invalid one not at all. Exits 1 when any file is invalid.
 */
import { existsSync } from "node:fs";
import { db } from "@/db/client";
import { importFindings } from "@/server/findings/import/import-findings";
import { readFindingsPath } from "@/server/findings/import/read-findings-path";
import type { FindingProblem } from "@/server/findings/import/finding-record";
import { runScript } from "./lib/run-script";

const target = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!target || !existsSync(target)) {
  console.error(target ? `No such file or folder: ${target}` : "Usage: npm run findings:import -- <folder or file>");
  process.exit(2);
}

const line = ({ file, line, field, problem }: FindingProblem) => `${file}:${line} ${field}: ${problem}`;

await runScript(async () => {
  const reports = await importFindings(db(), readFindingsPath(target));
  for (const report of reports) {
    if (report.outcome === "invalid") for (const error of report.errors) console.error(line(error));
    else console.log(`${report.file}: ${report.outcome}`);
    for (const warning of report.warnings) console.warn(`${line(warning)} (warning)`);
  }
  const count = (outcome: string) => reports.filter((report) => report.outcome === outcome).length;
  const invalid = count("invalid");
  console.log(`${reports.length} files: ${count("created")} created, ${count("updated")} updated, ${count("unchanged")} unchanged, ${invalid} invalid`);
  if (invalid > 0) throw new Error(`${invalid} file${invalid === 1 ? " was" : "s were"} not imported: fix the problems above and import again.`);
});
