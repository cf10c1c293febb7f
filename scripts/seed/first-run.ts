import type { Database } from "@/db/client";
import { findings, ridings } from "@/db/schema";
import { importDemoDirectory } from "./import-demo-directory";
import { importDemoFindings } from "./import-demo-findings";
import { linkDemoFindings } from "@/db/seed/link-demo-findings";
import { publishDemoUpdate } from "@/db/seed/publish-demo-update";
import { seedDemo } from "@/db/seed/seed-demo";

export type FirstRunSources = { directoryDir?: string; findingsDir?: string };

/*
 * The first run's steps, here beside the scripts that run them (npm start, db:seed) rather than in
 * db/seed: they run the importers of server/, and db/ imports nothing above it. The base seed (the
 * organisation, admin and demo campaign) and the shipped data stay in db/seed.
 */

/**
 * What the first `npm start` puts in an empty embedded database: the demo organisation, campaign
 * and admin, then the demo's data (below). Prints what it did, and every importer warning.
 */
export async function seedFirstRun(db: Database, sources: FirstRunSources = {}): Promise<void> {
  await seedDemo(db);
  console.log("First run: seeded the demo organisation and campaign.");
  await addDemoData(db, sources);
}

/**
 * The demo campaign's data: the directory and its letter action, the findings linked to the
 * campaign, and a published update citing them. From the project's own data unless other folders
 * are given (DIRECTORY_DATA_DIR, FINDINGS_DATA_DIR). Idempotent, but an import takes the files'
 * values over an organiser's edits: run it only when the demo campaign was just created.
 */
export async function addDemoData(db: Database, sources: FirstRunSources = {}): Promise<void> {
  await importDemoDirectory(db, sources.directoryDir);
  await importDemoFindings(db, sources.findingsDir);
  await linkDemoFindings(db);
  if (await publishDemoUpdate(db)) console.log("Published the demo campaign's first update, citing its findings.");
  else console.log("No demo update published: the campaign already has one, or its findings are not in the library.");
}

/**
 * Finishes a first run that was stopped after the demo campaign was created (Ctrl-C during the
 * imports): adds the directory and the findings only where their tables are still empty, so an
 * organiser's edits are never overwritten, then links the findings and publishes the demo update
 * (both idempotent).
 */
export async function finishFirstRun(db: Database, sources: FirstRunSources = {}): Promise<void> {
  const [[ridingRow], [findingRow]] = await Promise.all([db.select({ id: ridings.id }).from(ridings).limit(1), db.select({ id: findings.id }).from(findings).limit(1)]);
  if (ridingRow && findingRow) return;
  console.log("The first run was stopped before it had added all the demo data: adding what is missing.");
  if (!ridingRow) await importDemoDirectory(db, sources.directoryDir);
  if (!findingRow) await importDemoFindings(db, sources.findingsDir);
  await linkDemoFindings(db);
  if (await publishDemoUpdate(db)) console.log("Published the demo campaign's first update, citing its findings.");
}
