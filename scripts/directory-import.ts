/**
 * npm run directory:import -- <folder or file> [--as-of=YYYY-MM-DD]
 * Loads ridings, MPs, postal-prefix hints and fixed targets from CSV (the formats of
 * db/seed/data/directory) into DATABASE_URL, or the running `npm start`'s database. Idempotent.
 */
import { db } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { runScript } from "./lib/run-script";

const args = process.argv.slice(2);
const target = args.find((arg) => !arg.startsWith("--"));
const asOf = args.find((arg) => arg.startsWith("--as-of="))?.slice("--as-of=".length);
if (!target || (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))) {
  console.error("Usage: npm run directory:import -- <folder or file> [--as-of=YYYY-MM-DD]");
  process.exit(2);
}

await runScript(async () => {
  const { inputs, errors } = readDirectoryPath(target, asOf);
  // Nothing is written when any file is unreadable: a half-imported directory would mislead.
  if (errors.length > 0) throw new Error(`Nothing imported. Fix these files first:\n  ${errors.join("\n  ")}`);
  for (const report of await importDirectory(db(), inputs)) {
    console.log(`${report.name} (${report.kind}): ${report.rows} rows — ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged${report.removed ? `, ${report.removed} removed` : ""}`);
    for (const line of report.skipped) console.log(`  skipped ${line}`);
  }
});
