/**
 * npm run findings:export -- <folder>
 * Writes every finding in DATABASE_URL (or the running `npm start`'s database) to <folder> as
 * <id>.md, in the format findings:import reads.
 */
import { db } from "@/db/client";
import { exportFindings } from "@/server/findings/import/export-findings";
import { runScript } from "./lib/run-script";

const folder = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!folder) {
  console.error("Usage: npm run findings:export -- <folder>");
  process.exit(2);
}

await runScript(async () => {
  const written = await exportFindings(db(), folder);
  console.log(`Exported ${written.length} finding${written.length === 1 ? "" : "s"} to ${folder}.`);
});
