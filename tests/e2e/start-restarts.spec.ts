import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { demoCampaign } from "@/db/seed/content";
import { pickPort } from "@/scripts/lib/ports";
import { answers, descendantsOf, isAlive, processesNaming, runStartCommand, waitForOutput, type StartedChorus } from "./support/start-process";

/*
 * `npm start` keeps Chorus up when one of its processes dies (a crash, the kernel's out-of-memory
 * killer): the worker or the web server is started again after a short pause, the console says
 * so, and the rest keeps running. A Ctrl-C afterwards still stops everything.
 */

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};
/** The first of the run's processes whose command line contains one of `markers`. */
const childRunning = (run: StartedChorus, ...markers: string[]) =>
  descendantsOf(run.child.pid!)
    .filter((pid) => markers.some((marker) => commandOf(pid).includes(marker)))
    .sort((a, b) => a - b)[0] ?? 0;
/** A process's group (the fifth field of /proc/<pid>/stat). */
const groupOf = (pid: number) => {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
};
const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern, "g"))?.length ?? 0;

test("npm start restarts a crashed worker or web server, says so, and still stops on Ctrl-C", async () => {
  test.setTimeout(300_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "chorus-restart-test-"));
  chmodSync(dataDir, 0o755);
  const port = await pickPort();
  const env: NodeJS.ProcessEnv = { NODE_ENV: "production", PATH: process.env.PATH, HOME: process.env.HOME, CHORUS_DATA_DIR: dataDir, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" };
  const health = `http://127.0.0.1:${port}/api/health`;
  const run = runStartCommand(env);
  try {
    await waitForOutput(run, /Press Ctrl-C to stop/, 180_000);
    // The banner waits for the web server only: the worker may still be starting.
    await waitForOutput(run, /\[worker\]\s+\{.*"msg":"worker ready"/, 60_000);

    const worker = childRunning(run, "jobs/worker.ts");
    expect(worker).toBeGreaterThan(0);
    process.kill(worker, "SIGKILL");
    await waitForOutput(run, /\[worker\] exited unexpectedly \(SIGKILL\); restarting in 1 s\./, 10_000);
    await waitForOutput(run, /\[worker\] restarted \(pid \d+\)\./, 10_000);
    // A worker's start (tsx, the queue) takes a while on a busy machine.
    await expect.poll(() => count(run.output(), /\[worker\]\s+\{.*"msg":"worker ready"/), { timeout: 60_000, message: run.output() }).toBe(2);
    expect(isAlive(worker)).toBe(false);

    // The web server runs in a process group of its own (next start has helpers): all of it goes.
    // (Our own server in front of Next: scripts/web-server.mjs.)
    const web = childRunning(run, "scripts/web-server.mjs", "next-server");
    expect(web).toBeGreaterThan(0);
    process.kill(-groupOf(web), "SIGKILL");
    await waitForOutput(run, /\[web\] exited unexpectedly \(SIGKILL\); restarting in 1 s\./, 10_000);
    await waitForOutput(run, /\[web\] restarted \(pid \d+\)\./, 10_000);
    await expect.poll(() => answers(health), { timeout: 60_000 }).toBe(200);
    expect(await answers(`http://127.0.0.1:${port}/en/campaigns/${demoCampaign.slug}`)).toBe(200);
    expect(run.output()).not.toContain("stopping everything");

    const processes = descendantsOf(run.child.pid!);
    process.kill(-run.child.pid!, "SIGINT");
    await run.exited;
    await expect.poll(() => processes.filter(isAlive), { timeout: 10_000 }).toEqual([]);
    expect(run.output()).toContain("Stopping Chorus…");
    expect(processesNaming(dataDir)).toEqual([]);
  } finally {
    try {
      process.kill(-run.child.pid!, "SIGKILL");
    } catch {
      // Already stopped.
    }
    for (const pid of processesNaming(dataDir)) process.kill(pid, "SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  }
});
