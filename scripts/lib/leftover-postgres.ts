import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else (e.g. the postgres user when we are not root).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function commandOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").trim();
  } catch {
    return "";
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * A run that was killed (SIGKILL, a closed terminal) leaves its PostgreSQL running, holding the
 * data directory. Stop that server cleanly so this run can start its own; a pid file whose
 * process is gone, or was reused by another program, is removed so PostgreSQL does not refuse.
 */
export async function stopLeftoverPostmaster(dataDir: string, notice: (message: string) => void = console.log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  if (commandOf(pid) !== "postgres") {
    // The pid now belongs to an unrelated program: the old server is long gone.
    rmSync(pidFile, { force: true });
    return;
  }
  notice(`Stopping a PostgreSQL (pid ${pid}) left running by an earlier run that did not shut down…`);
  process.kill(pid, "SIGINT");
  if (await waitForExit(pid, 30_000)) return;
  process.kill(pid, "SIGQUIT");
  if (!(await waitForExit(pid, 10_000))) {
    throw new Error(`PostgreSQL pid ${pid} (from ${dataDir}) would not stop; stop it by hand and start again.`);
  }
}
