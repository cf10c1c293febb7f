import { chmodSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { demoCampaign } from "@/db/seed/content";
import { pickPort } from "@/scripts/lib/ports";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { answers, descendantsOf, isAlive, listeningAddresses, postmasterPid, processesNaming, runStartCommand, waitForOutput, type StartedChorus } from "./support/start-process";

/*
 * The one command a newcomer runs, `npm start`, with no DATABASE_URL: it brings up its own
 * PostgreSQL, seeds the demo, serves it on this machine only, lets a supporter follow their
 * confirmation link from the local mailbox, and stops everything — web, worker and PostgreSQL —
 * every time: Ctrl-C (SIGINT to the whole terminal group, once or twice, during start-up or
 * after), SIGTERM, and even after a hard kill of an earlier run. The app is built once, by npm test.
 */

// A stack trace: "    at fn (file:line:col)" or "    at file:line:col".
const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

type Stop = { signal: NodeJS.Signals; group: boolean; times: number };

/** Stops a run as a terminal or a process manager would and checks it left nothing behind, quickly. */
async function stopAndCheck(run: StartedChorus, dataDir: string, stop: Stop): Promise<void> {
  const npm = run.child.pid!;
  const processes = descendantsOf(npm);
  const postmaster = postmasterPid(dataDir);
  const started = Date.now();
  for (let i = 0; i < stop.times; i++) {
    try {
      process.kill(stop.group ? -npm : npm, stop.signal);
    } catch (error) {
      // A repeated Ctrl-C may find everything already stopped: that is a stop, not a failure.
      if (i === 0 || (error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
    }
    if (i + 1 < stop.times) await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const code = await run.exited;
  await expect.poll(() => processes.filter(isAlive), { timeout: 10_000, intervals: [100] }).toEqual([]);
  const took = Date.now() - started;
  const context = `${stop.times}× ${stop.signal}${stop.group ? " to the group" : ""}:\n${run.output()}`;
  expect(took, context).toBeLessThan(10_000);
  // npm waits for a Ctrl-C'd script, then ends by the same signal, as a shell expects; it ends at
  // once on SIGTERM (the script stops on its own when it loses its parent). It never fails.
  expect({ code, signal: run.child.signalCode }, context).toEqual({ code: null, signal: stop.signal });
  expect(run.output(), context).toContain("Stopping Chorus…");
  if (postmaster) expect(isAlive(postmaster), context).toBe(false);
  expect(existsSync(path.join(dataDir, "postgres", "postmaster.pid")), context).toBe(false);
  expect(processesNaming(dataDir), context).toEqual([]);
  expect(run.output(), context).not.toMatch(STACK_LINE);
  expect(run.output(), context).not.toMatch(/exited unexpectedly|Unhandled|ERR_|npm error/);
}

/** Signs the demo petition, then follows the confirmation link from the local mailbox, as a newcomer would. */
async function signAndConfirmFromMailbox(page: Page, origin: string, locale: "en" | "fr", email: string) {
  const words =
    locale === "en"
      ? {
          campaigns: "campaigns",
          name: "Full name",
          email: "Email address",
          postal: "Postal code",
          consent: /I am signing this petition/,
          sign: "Sign the petition",
          check: "Check your email",
          mailbox: "local mailbox",
          title: "Local mailbox",
          confirm: "Confirm my signature",
          thanks: /Thank you/,
        }
      : {
          campaigns: "campagnes",
          name: "Nom complet",
          email: "Adresse courriel",
          postal: "Code postal",
          consent: /Je signe cette pétition/,
          sign: "Signer la pétition",
          check: "Vérifiez vos courriels",
          mailbox: "boîte aux lettres locale",
          title: "Boîte aux lettres locale",
          confirm: "Confirmer ma signature",
          thanks: /Merci/,
        };
  await page.goto(`${origin}/${locale}/${words.campaigns}/${demoCampaign.slug}`);
  await page.getByLabel(words.name).fill(locale === "en" ? "Robin Local" : "Dominique Locale");
  await page.getByLabel(words.email).fill(email);
  await page.getByLabel(words.postal, { exact: true }).fill("K1A 0A6");
  await page.getByRole("checkbox", { name: words.consent }).check();
  await page.getByRole("button", { name: words.sign }).click();
  await expect(page.getByRole("heading", { level: 1, name: words.check })).toBeVisible();

  await page.getByRole("link", { name: words.mailbox }).click();
  await expect(page.getByRole("heading", { level: 1, name: words.title })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // The mailbox lists newest first; the worker may take a moment to "send".
  const letter = page.locator("article").filter({ hasText: email }).first();
  await expect(async () => {
    await page.reload();
    await expect(letter).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  await letter.getByRole("link", { name: locale === "en" ? /\/en\/confirm\// : /\/fr\/confirmer\// }).click();
  await page.getByRole("button", { name: words.confirm }).click();
  await expect(page.getByRole("heading", { level: 1, name: words.thanks })).toBeVisible();
}

test("npm start serves Chorus on this machine only, opens the local mailbox, and stops everything every time", async ({ page }) => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "chorus-start-test-"));
  chmodSync(dataDir, 0o755);
  const port = await pickPort();
  // What a newcomer's shell has: no DATABASE_URL, no RESEND_API_KEY, no REPRESENT_URL, no HOSTNAME.
  // (NODE_ENV only for the type: the start command sets its children's own.)
  const env: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, CHORUS_DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  const origin = `http://localhost:${port}`;
  const health = `http://127.0.0.1:${port}/api/health`;
  // Every run this test starts, so that a failure midway leaves none of them running.
  const runs: StartedChorus[] = [];
  const start = () => {
    const run = runStartCommand(env);
    runs.push(run);
    return run;
  };
  try {
    // 1. Ctrl-C during the first run's start-up, once PostgreSQL is up and migrations begin.
    const interrupted = start();
    await expect.poll(() => postmasterPid(dataDir), { timeout: 60_000, intervals: [50] }).toBeGreaterThan(0);
    await stopAndCheck(interrupted, dataDir, { signal: "SIGINT", group: true, times: 1 });

    // 2. The first complete run: seeded, listening on loopback only, the mailbox open to a supporter.
    const first = start();
    await waitForOutput(first, /Press Ctrl-C to stop/, 150_000);
    expect(first.output()).toContain(`Chorus is running at ${origin}`);
    expect(first.output()).toContain("First run: seeded the demo");
    expect(first.output()).toContain("Listening on this machine only");
    expect(first.output()).toMatch(/Outgoing mail: no RESEND_API_KEY, so nothing leaves this machine\. Every email is kept in the local outbox/);
    expect(first.output()).toContain(`Supporters' emails, without signing in: ${origin}/en/mailbox`);
    expect(first.output()).toContain("Postal codes: looked up in the local directory only");
    expect(listeningAddresses(port)).toEqual(["127.0.0.1"]);
    expect(await answers(health)).toBe(200);
    const { campaigns } = (await (await fetch(`http://127.0.0.1:${port}/api/campaigns`)).json()) as { campaigns: { slug: string }[] };
    expect(campaigns.map((campaign) => campaign.slug)).toEqual([demoCampaign.slug]);

    // Nothing a page asks for is missing: the favicon included, in both forms browsers ask for.
    const failed: string[] = [];
    // Prefetches (?_rsc=) are left out: this server shares its build, and so its page cache, with the
    // browser tests' server, whose cached campaign page can link to that database's own updates.
    page.on("response", (response) => void (response.status() >= 400 && !new URL(response.url()).searchParams.has("_rsc") && failed.push(`${response.status()} ${response.url()}`)));
    await signAndConfirmFromMailbox(page, origin, "en", `newcomer-${Date.now()}@example.org`);
    await expect(page.getByText("Postal codes are looked up on this site’s own server and sent nowhere else.")).toBeVisible();
    await signAndConfirmFromMailbox(page, origin, "fr", `nouvelle-${Date.now()}@example.org`);
    await expect(page.getByText("Les codes postaux sont recherchés sur le serveur de ce site, et ne sont envoyés nulle part ailleurs.")).toBeVisible();
    // An organiser's sign-in link is "on its way" too: the page says where to read it.
    await page.goto(`${origin}/fr/admin/connexion`);
    await page.getByLabel("Adresse courriel").fill("organiser@privatefaces.example");
    await page.getByRole("button", { name: "M’envoyer un lien de connexion" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vérifiez vos courriels" })).toBeVisible();
    await page.getByRole("link", { name: "boîte aux lettres locale" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Boîte aux lettres locale" })).toBeVisible();
    // The worker writes the email a moment after the request: the mailbox is read again until it is there.
    await expect(async () => {
      await page.reload();
      await expect(page.locator("article").first()).toContainText("organiser@privatefaces.example", { timeout: 1_000 });
    }).toPass({ timeout: 20_000 });

    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of [...icons, `${origin}/favicon.ico`]) {
      const response = await page.request.get(icon);
      expect([icon, response.status(), response.headers()["content-type"]]).toEqual([icon, 200, expect.stringMatching(/^image\//)]);
    }
    expect(failed).toEqual([]);
    await stopAndCheck(first, dataDir, { signal: "SIGINT", group: true, times: 1 });

    // 3. A later run on the same data, stopped by a double Ctrl-C (npm relays the terminal's signal once more).
    const second = start();
    await waitForOutput(second, /Press Ctrl-C to stop/, 90_000);
    expect(second.output()).not.toContain("First run");
    await stopAndCheck(second, dataDir, { signal: "SIGINT", group: true, times: 2 });

    // 4. Killed outright: web and worker notice their supervisor is gone; PostgreSQL is left behind.
    const killed = start();
    await waitForOutput(killed, /Press Ctrl-C to stop/, 90_000);
    const orphan = postmasterPid(dataDir)!;
    process.kill(-killed.child.pid!, "SIGKILL");
    await expect.poll(() => answers(health), { timeout: 15_000 }).toBeNull();
    expect(isAlive(orphan)).toBe(true);

    // 5. The next run stops that leftover and carries on; a process manager's SIGTERM stops it all.
    const recovered = start();
    await waitForOutput(recovered, /Press Ctrl-C to stop/, 90_000);
    expect(recovered.output()).toContain(`Stopping a PostgreSQL (pid ${orphan}) left running`);
    expect(isAlive(orphan)).toBe(false);
    await stopAndCheck(recovered, dataDir, { signal: "SIGTERM", group: false, times: 1 });
    expect(await answers(health)).toBeNull();
  } finally {
    // npm, its shell and the supervisor share the run's group; web and worker stop when it is gone.
    for (const run of runs) {
      try {
        process.kill(-run.child.pid!, "SIGKILL");
      } catch {
        // Already stopped, as every run the test completed is.
      }
    }
    for (const pid of processesNaming(dataDir)) process.kill(pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
