import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { connect } from "@/db/client";
import { demoCampaign, petitionConsent } from "@/db/seed/content";
import { pickPort } from "@/scripts/lib/ports";
import { isAlive, runStartCommand, waitForOutput, type StartedChorus } from "./support/start-process";

/*
 * A public clone has no ../shared beside it and an empty data folder: `npm start` alone must give
 * the whole demo (findings, the directory and the letter action, a published update citing
 * findings), from the data the project ships. Nothing names a data folder here, and the default
 * does not look outside the project.
 */

const JOINT = "2021-02-03--joint-investigation-clearview-mass-surveillance";
const JOINT_TITLE = { en: "Four commissioners call Clearview AI's face scraping mass surveillance", fr: "Quatre commissaires qualifient de surveillance de masse la collecte de visages de Clearview AI" };

/** The shipped MP of a federal riding, read from the project's own file (what the composer must find). */
function shippedMember(fedNum: string): string {
  const rows = readFileSync(path.resolve("db/seed/data/directory/members-of-parliament-45th.csv"), "utf8").split("\n");
  const row = rows.find((line) => line.startsWith(`${fedNum},`));
  if (!row) throw new Error(`no MP for riding ${fedNum} in the shipped directory`);
  return row.split(",")[5]!;
}

/** The confirmation link the demo kept in its local outbox (no RESEND_API_KEY), as an organiser would read it. */
async function outboxConfirmationLink(dataDir: string, address: string): Promise<string> {
  const { sql } = connect(readFileSync(path.join(dataDir, "database-url"), "utf8").trim(), { max: 1 });
  try {
    let link: string | undefined;
    await expect
      .poll(
        async () => {
          const rows = await sql<{ html: string | null }[]>`select html from email_messages where to_address = ${address} and html is not null order by created_at desc limit 1`;
          link = /href="([^"]*\/confirm\/[^"]+)"/.exec(rows[0]?.html ?? "")?.[1]?.replaceAll("&amp;", "&");
          return Boolean(link);
        },
        { timeout: 30_000 },
      )
      .toBe(true);
    return link!;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function expectUpdateCitingFindings(page: Page, url: string, locale: "en" | "fr") {
  await page.goto(url);
  const findingsPath = locale === "en" ? "/en/findings/" : "/fr/constats/";
  // Six numbered citations, each a link to a finding's page; the sources list names each finding.
  const main = page.getByRole("main");
  for (let n = 1; n <= 6; n++) await expect(main.getByRole("link", { name: `Source ${n}`, exact: true }).first()).toHaveAttribute("href", new RegExp(`^${findingsPath}`));
  await expect(page.getByRole("region", { name: "Sources" }).getByRole("link", { name: JOINT_TITLE[locale] })).toHaveAttribute("href", `${findingsPath}${JOINT}`);
  await main.getByRole("link", { name: "Source 1", exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: JOINT_TITLE[locale] })).toBeVisible();
}

test("a plain clone's npm start gives the whole demo: findings, the MP for a postal code, and an update citing findings", async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "chorus-plain-clone-"));
  chmodSync(dataDir, 0o755);
  const port = await pickPort();
  const origin = `http://localhost:${port}`;
  // Only what a newcomer's shell has: no DIRECTORY_DATA_DIR, no FINDINGS_DATA_DIR, no mail key.
  // Represent is off because this machine has no internet: every answer must come from the shipped data.
  const env: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, CHORUS_DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", REPRESENT_URL: "off" };
  let run: StartedChorus | undefined;
  try {
    run = runStartCommand(env);
    await waitForOutput(run, /Press Ctrl-C to stop/, 200_000);
    const printed = run.output();
    expect(printed).toContain("Imported the directory from db/seed/data/directory: 772 ridings, 343 MPs, 1358 postal hints, 5 fixed targets.");
    expect(printed).toContain("Imported 6 findings from db/seed/data/findings.");
    expect(printed).toContain("Published the demo campaign's first update, citing its findings.");
    // Nothing looked for outside the project, and the shipped data gives the importers nothing to warn about.
    const ownLines = printed.split("\n").filter((line) => !/^\[(web|worker)\]/.test(line));
    expect(ownLines.filter((line) => /\.\.\/shared|skipped|warning/i.test(line))).toEqual([]);

    // A finding's page, in both languages.
    await page.goto(`${origin}/en/findings/${JOINT}`);
    await expect(page.getByRole("heading", { level: 1, name: JOINT_TITLE.en })).toBeVisible();
    await page.goto(`${origin}/fr/constats/${JOINT}`);
    await expect(page.getByRole("heading", { level: 1, name: JOINT_TITLE.fr })).toBeVisible();

    // The published demo update (found through the uncached open data: pages may come from the
    // build's page cache, which the browser tests' own server shares), its citations linking to findings.
    const { updates } = (await (await fetch(`${origin}/api/campaigns/${demoCampaign.slug}/updates`)).json()) as { updates: { url: { en: string; fr: string }; citedFindings: string[] }[] };
    expect(updates).toHaveLength(1);
    expect(updates[0]!.citedFindings).toHaveLength(6);
    await expectUpdateCitingFindings(page, updates[0]!.url.en, "en");
    await expectUpdateCitingFindings(page, updates[0]!.url.fr, "fr");

    // Sign, confirm from the local outbox, then "Write to your MP": the shipped directory places
    // the postal code's area in its riding, with that riding's MP, and the letter is addressed to them.
    const email = `plain-clone-${Date.now()}@example.org`;
    await page.goto(`${origin}/en/campaigns/${demoCampaign.slug}`);
    await page.getByLabel("Full name", { exact: true }).fill("Léa Tremblay");
    await page.getByLabel("Email address", { exact: true }).fill(email);
    await page.getByLabel("Postal code", { exact: true }).fill("K1P 1J1");
    await page.getByRole("checkbox", { name: petitionConsent.en }).check();
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
    await page.goto(await outboxConfirmationLink(dataDir, email));
    await page.getByRole("button", { name: "Confirm my signature" }).click();
    await page.getByRole("link", { name: "Write to your MP" }).click();
    const mp = shippedMember("35079");
    const hinted = page.getByRole("group", { name: /We could not place K1P 1J1 exactly/ });
    await hinted.getByRole("radio", { name: new RegExp(`Ottawa Centre — ${mp}`) }).check();
    await page.getByRole("button", { name: "Preview my letters" }).click();
    await expect(page.getByRole("article", { name: `Letter to ${mp}` })).toContainText(`Dear ${mp},`);
    await expect(page.getByRole("article", { name: "Letter to Office of the Privacy Commissioner of Canada" })).toBeVisible();
  } finally {
    if (run && run.child.exitCode === null) {
      run.child.kill("SIGTERM");
      await run.exited;
    }
    // Whatever happened, leave no PostgreSQL of this test behind.
    const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
    const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
    if (pid && isAlive(pid)) process.kill(pid, "SIGTERM");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
