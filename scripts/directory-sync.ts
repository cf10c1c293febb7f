/** npm run directory:sync — refreshes every MP from Open North's Represent API (REPRESENT_URL). */
import { db } from "@/db/client";
import { syncMembers } from "@/server/directory/import/sync-members";
import { env } from "@/lib/env";
import { runScript } from "./lib/run-script";

await runScript(async () => {
  const { REPRESENT_URL } = env();
  if (REPRESENT_URL === "off") throw new Error("REPRESENT_URL is not set: set it to https://represent.opennorth.ca to sync.");
  const report = await syncMembers(db(), REPRESENT_URL);
  console.log(`MPs from Represent: ${report.rows} — ${report.added} added, ${report.updated} updated, ${report.unchanged} unchanged.`);
  for (const line of report.skipped) console.log(`  skipped ${line}`);
});
