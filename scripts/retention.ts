/**
 * npm run retention [-- --dry-run]
 * Applies the retention policy (server/retention/, docs/retention.md) to DATABASE_URL, or the running
 * `npm start`'s database, as the worker does daily, and prints per kind and table the rows removed or
 * anonymised. With --dry-run, prints what would go and changes nothing. Exits 1 if any kind failed.
 */
import { z } from "zod";
import { applyRetention } from "@/server/retention/apply-retention";
import { formatRetentionReport } from "@/server/retention/format-report";
import { systemContext } from "@/server/context";
import { runScript } from "./lib/run-script";

const argv = z.array(z.enum(["--dry-run"], { error: (issue) => `unknown argument ${JSON.stringify(issue.input)}` })).max(1, "--dry-run given twice");
const parsed = argv.safeParse(process.argv.slice(2));
if (!parsed.success) {
  console.error(`${parsed.error.issues[0]?.message}\nUsage: npm run retention [-- --dry-run]`);
  process.exit(2);
}
const dryRun = parsed.data.includes("--dry-run");

await runScript(async () => {
  const report = await applyRetention(systemContext("retention-script"), { dryRun });
  console.log(formatRetentionReport(report, dryRun));
  const failed = report.filter((outcome) => outcome.error).map((outcome) => outcome.kind);
  if (failed.length > 0) throw new Error(`Retention failed for ${failed.join(", ")}; the other kinds were applied.`);
});
