/**
 * npm run db:seed — adds the demo organisation, campaign and admin to DATABASE_URL, and, when it
 * creates the campaign, the demo's directory, findings and update (as the first npm start does);
 * safe to repeat.
 */
import { closeDb, db } from "@/db/client";
import { demoAdminEmail } from "@/db/seed/content";
import { addDemoData } from "./seed/first-run";
import { seedDemo } from "@/db/seed/seed-demo";
import { env, EnvError } from "@/lib/env";
import { loadDotEnv, adoptRunningLocalDatabase } from "@/lib/load-dotenv";

loadDotEnv();
adoptRunningLocalDatabase();
try {
  const { DIRECTORY_DATA_DIR, FINDINGS_DATA_DIR } = env();
  const result = await seedDemo(db());
  // Only with a campaign just made: a second import would overwrite an organiser's directory edits.
  if (result.campaign) await addDemoData(db(), { directoryDir: DIRECTORY_DATA_DIR, findingsDir: FINDINGS_DATA_DIR });
  const made = Object.entries(result)
    .filter(([, created]) => created)
    .map(([name]) => name);
  console.log(made.length ? `Seeded: ${made.join(", ")}.` : "Demo data already present; nothing changed.");
  console.log(`Demo admin: ${demoAdminEmail}`);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
