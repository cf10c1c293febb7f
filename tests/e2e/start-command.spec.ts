import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoCampaign } from "@/db/seed/content";
import { pickPort } from "@/scripts/lib/ports";
import { answers, isAlive, runStartCommand, waitForOutput } from "./support/start-process";

/*
 * The one command a newcomer runs: no DATABASE_URL, so it must bring up its own PostgreSQL, seed
 * the demo, serve it, survive being killed outright, and stop everything on SIGTERM.
 */
test("npm start runs Chorus on its embedded database and stops cleanly, even after a hard kill", async () => {
  test.setTimeout(240_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "chorus-start-test-"));
  chmodSync(dataDir, 0o755);
  const port = await pickPort();
  const env: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, CHORUS_DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  const health = `http://127.0.0.1:${port}/api/health`;
  try {
    const first = runStartCommand(env);
    await waitForOutput(first, /Press Ctrl-C to stop/, 150_000);
    expect(first.output()).toContain(`Chorus is running at http://localhost:${port}`);
    expect(first.output()).toContain("First run: seeded the demo");
    expect(first.output()).toContain(`Organiser sign-in: open http://localhost:${port}/en/admin and enter organiser@privatefaces.example`);
    expect(first.output()).toMatch(/Outgoing mail: no RESEND_API_KEY, so nothing leaves this machine\. Every email is kept in the local outbox/);
    expect(await answers(health)).toBe(200);
    // Its own database, with the demo in it: read through the open-data API, which is never cached
    // (pages are, and the browser tests' server shares this build's page cache).
    const { campaigns } = (await (await fetch(`http://127.0.0.1:${port}/api/campaigns`)).json()) as { campaigns: { slug: string }[] };
    expect(campaigns.map((campaign) => campaign.slug)).toEqual([demoCampaign.slug]);

    // A hard kill: web and worker notice their supervisor is gone; PostgreSQL is left behind.
    const postgresPid = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    first.child.kill("SIGKILL");
    await expect.poll(() => answers(health), { timeout: 15_000 }).toBeNull();
    expect(isAlive(postgresPid)).toBe(true);

    const second = runStartCommand(env);
    await waitForOutput(second, /Press Ctrl-C to stop/, 90_000);
    expect(second.output()).toContain(`Stopping a PostgreSQL (pid ${postgresPid}) left running`);
    expect(second.output()).not.toContain("First run");
    expect(await answers(health)).toBe(200);
    const secondPostgres = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);

    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
    expect(await answers(health)).toBeNull();
    expect(isAlive(secondPostgres)).toBe(false);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
});
