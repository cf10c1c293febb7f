import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { asc, eq, sql } from "drizzle-orm";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { connect, type Database } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { campaignFindings, campaigns, campaignUpdates, fixedTargets, letterActions, postalAreas, representatives, ridings, updateCitations } from "@/db/schema";
import { demoCampaign } from "@/db/seed/content";
import { DEMO_DIRECTORY_DIR, DEMO_FINDINGS_DIR } from "@/db/seed/demo-data";
import { finishFirstRun, seedFirstRun } from "@/scripts/seed/first-run";
import { seedDemo } from "@/db/seed/seed-demo";
import { provisionTestDatabase, type TestDatabase } from "@/scripts/lib/test-database";

/*
 * The first `npm start` on an empty database, as a plain clone has it: no folder beside the
 * project, only the data it ships. Each case gets a database of its own, since the first run is
 * about an empty one (the other files share theirs).
 */

const opened: { database: TestDatabase; end: () => Promise<void> }[] = [];

async function emptyDatabase(): Promise<Database> {
  const database = await provisionTestDatabase(process.env.DATABASE_URL);
  await migrateDatabase(database.url);
  const { sql: client, db } = connect(database.url, { max: 2 });
  opened.push({ database, end: () => client.end({ timeout: 5 }) });
  return db;
}

/** Everything the first run prints, as the terminal shows it. */
function captureTerminal() {
  const lines: string[] = [];
  for (const method of ["log", "warn", "error"] as const) vi.spyOn(console, method).mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
  return lines;
}

afterEach(() => vi.restoreAllMocks());
afterAll(async () => {
  for (const { database, end } of opened) await end().finally(() => database.cleanup());
});

describe("the first run of a plain clone", () => {
  it("seeds the whole demo from the project's own data: every riding and MP, the letter action, the findings and a published update citing them", async () => {
    const db = await emptyDatabase();
    const terminal = captureTerminal();
    await seedFirstRun(db);

    // The whole federal set, each riding with its MP, so any postal code finds one without a network.
    expect(await db.$count(ridings, eq(ridings.level, "federal"))).toBe(343);
    expect(await db.$count(ridings, eq(ridings.level, "provincial"))).toBe(124 + 125 + 93 + 87);
    const [orphans] = await db.execute<{ n: number }>(sql`select count(*)::int as n from ridings r where r.level = 'federal' and not exists (select 1 from representatives m where m.riding_id = r.id and m.email is not null)`);
    expect(orphans!.n).toBe(0);
    expect(await db.$count(representatives)).toBe(343);
    expect(await db.$count(postalAreas)).toBe(1358);
    // Each row says where it comes from and as of when, from the folder's sources.json, not the checkout's file dates.
    const sources = JSON.parse(readFileSync(path.join(DEMO_DIRECTORY_DIR, "sources.json"), "utf8")) as Record<string, { source: string; asOf: string }>;
    const [mp] = await db.select().from(representatives).where(eq(representatives.key, "mp:35075"));
    expect(mp).toMatchObject({ source: `${sources["members-of-parliament-45th.csv"]!.source}: members-of-parliament-45th.csv`, asOf: "2025-10-01" });
    const targets = await db.select({ key: fixedTargets.key, source: fixedTargets.source, asOf: fixedTargets.asOf }).from(fixedTargets).orderBy(asc(fixedTargets.key));
    expect(targets.map((target) => target.key)).toEqual(["cai-qc", "ipc-on", "oipc-ab", "oipc-bc", "opc"]);
    expect(new Set(targets.map((target) => target.asOf))).toEqual(new Set(["2025-10-01"]));

    // "Write to your MP": the demo campaign's letter action, to MPs and the federal commissioner.
    const [campaign] = await db.select().from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
    expect(campaign!.lettersEnabled).toBe(true);
    const [action] = await db.select().from(letterActions).where(eq(letterActions.campaignId, campaign!.id));
    const [opc] = await db.select({ id: fixedTargets.id }).from(fixedTargets).where(eq(fixedTargets.key, "opc"));
    expect(action!.fixedTargetIds).toEqual([opc!.id]);

    // The six findings, oldest first, and one published update citing all of them in order of first appearance.
    const linked = await db.select({ id: campaignFindings.findingId }).from(campaignFindings).where(eq(campaignFindings.campaignId, campaign!.id)).orderBy(asc(campaignFindings.position));
    // The shipped files are named date first, so their order is the campaign's.
    const shippedIds = readdirSync(DEMO_FINDINGS_DIR)
      .filter((name) => name !== "README.md")
      .sort()
      .map((name) => name.replace(/\.md$/, ""));
    expect(shippedIds).toHaveLength(6);
    expect(linked.map((row) => row.id)).toEqual(shippedIds);
    const updates = await db.select().from(campaignUpdates).where(eq(campaignUpdates.campaignId, campaign!.id));
    expect(updates).toHaveLength(1);
    expect(updates[0]).toMatchObject({ status: "published", visibleFrom: expect.any(Date) });
    expect(updates[0]!.visibleFrom!.getTime()).toBeLessThanOrEqual(Date.now());
    const cited = await db.select({ id: updateCitations.findingId }).from(updateCitations).where(eq(updateCitations.updateId, updates[0]!.id)).orderBy(asc(updateCitations.position));
    expect(cited.map((row) => row.id)).toEqual([linked[1], linked[2], linked[3], linked[4], linked[5], linked[0]].map((row) => row!.id));

    expect(terminal).toContain(`Imported the directory from ${path.relative(process.cwd(), DEMO_DIRECTORY_DIR)}: 772 ridings, 343 MPs, 1358 postal hints, 5 fixed targets.`);
    expect(terminal).toContain(`Imported 6 findings from ${path.relative(process.cwd(), DEMO_FINDINGS_DIR)}.`);
    expect(terminal).toContain("Published the demo campaign's first update, citing its findings.");
    // The shipped data is clean: nothing skipped, nothing to warn about.
    expect(terminal.filter((line) => /skipped|warning/i.test(line))).toEqual([]);

    // A second run of the seed (as after a crash mid-way) adds no second update.
    await seedFirstRun(db);
    expect(await db.$count(campaignUpdates, eq(campaignUpdates.campaignId, campaign!.id))).toBe(1);
  });

  it("prints every importer warning, not only the errors, and publishes no update whose findings are missing", async () => {
    const db = await emptyDatabase();
    // A directory folder whose MP names a riding it does not hold, and findings of which one names a record it lacks.
    const directory = mkdtempSync(path.join(tmpdir(), "first-run-directory-"));
    writeFileSync(path.join(directory, "members.csv"), "fed_num,mp_name,party,email,photo_url\n35999,Avery Nowhere,Independent,avery.nowhere@parl.example,\n");
    const findingsDir = mkdtempSync(path.join(tmpdir(), "first-run-findings-"));
    copyFileSync(path.resolve("tests/fixtures/findings/good/2022-03-15--example-order-to-delete.md"), path.join(findingsDir, "2022-03-15--example-order-to-delete.md"));
    const terminal = captureTerminal();
    await seedFirstRun(db, { directoryDir: directory, findingsDir });

    expect(terminal).toContain("Directory row skipped: members.csv: mp:35999: riding ocd-division/country:ca/ed:35999-2023 not in the directory (import the ridings first)");
    expect(terminal).toContain(`Finding imported with a warning: ${path.join(findingsDir, "2022-03-15--example-order-to-delete.md")}:25 related[1]: no record 2019--record-not-in-the-library in the library (kept; import it to link them)`);
    expect(terminal).toContain("No demo update published: the campaign already has one, or its findings are not in the library.");
    expect(await db.$count(campaignUpdates)).toBe(0);
  });

  it("finishes a first run stopped after the campaign was created, and never imports over data that is there", async () => {
    const db = await emptyDatabase();
    captureTerminal();
    // Ctrl-C between the demo campaign and its imports: the next start sees a seeded database.
    await seedDemo(db);
    expect(await db.$count(ridings)).toBe(0);
    await finishFirstRun(db);
    expect(await db.$count(ridings, eq(ridings.level, "federal"))).toBe(343);
    const [campaign] = await db.select({ id: campaigns.id }).from(campaigns).where(eq(campaigns.slug, demoCampaign.slug));
    expect(await db.$count(campaignFindings, eq(campaignFindings.campaignId, campaign!.id))).toBe(6);
    expect(await db.$count(campaignUpdates, eq(campaignUpdates.campaignId, campaign!.id))).toBe(1);

    // An organiser's correction stays: with the directory and findings in, nothing is imported again.
    await db.update(representatives).set({ email: "corrected@parl.example" }).where(eq(representatives.key, "mp:35075"));
    await finishFirstRun(db);
    const [mp] = await db.select({ email: representatives.email }).from(representatives).where(eq(representatives.key, "mp:35075"));
    expect(mp!.email).toBe("corrected@parl.example");
    expect(await db.$count(campaignUpdates, eq(campaignUpdates.campaignId, campaign!.id))).toBe(1);
  });
});
