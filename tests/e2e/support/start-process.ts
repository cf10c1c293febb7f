import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export type StartedChorus = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/**
 * Runs `npm start` as a new user would in a terminal: npm, its shell and the start script in one
 * process group of their own (a terminal's foreground group), capturing everything printed.
 */
export function runStartCommand(env: NodeJS.ProcessEnv): StartedChorus {
  const child = spawn("npm", ["start"], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export async function waitForOutput(run: StartedChorus, pattern: RegExp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!pattern.test(run.output())) {
    if (run.child.exitCode !== null) throw new Error(`start exited early:\n${run.output()}`);
    if (Date.now() > deadline) throw new Error(`no ${pattern} within ${timeoutMs} ms:\n${run.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export async function answers(url: string): Promise<number | null> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(2_000) })).status;
  } catch {
    return null;
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, and someone else's (PostgreSQL runs as the postgres user).
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function parentOf(pid: number): number | undefined {
  try {
    // "pid (comm) state ppid …": comm may hold spaces, so read after its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

/** Every live process descending from `root`: npm, the start script, web, worker, PostgreSQL and theirs. */
export function descendantsOf(root: number): number[] {
  const all = readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name))
    .map(Number);
  const found = new Set<number>([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const pid of all) {
      const parent = parentOf(pid);
      if (!found.has(pid) && parent !== undefined && found.has(parent)) {
        found.add(pid);
        grew = true;
      }
    }
  }
  found.delete(root);
  return [...found];
}

/** Processes whose command line names this data folder (a PostgreSQL started on it shows `-D <dir>`). */
export function processesNaming(dir: string): number[] {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((name) => {
      try {
        return readFileSync(`/proc/${name}/cmdline`, "utf8").includes(dir);
      } catch {
        return false;
      }
    })
    .map(Number);
}

export function postmasterPid(dataDir: string): number | undefined {
  const file = path.join(dataDir, "postgres", "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : undefined;
}

/** The local addresses listening on `port` (from /proc/net/tcp and tcp6), e.g. "127.0.0.1". */
export function listeningAddresses(port: number): string[] {
  const found: string[] = [];
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").trim().split("\n").slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [hex, portHex] = (local ?? "").split(":");
      if (state !== "0A" || Number.parseInt(portHex ?? "", 16) !== port || !hex) continue;
      if (hex.length === 8)
        found.push(
          (hex.match(/../g) ?? [])
            .reverse()
            .map((byte) => Number.parseInt(byte, 16))
            .join("."),
        );
      else found.push(/^0{32}$/.test(hex) ? "::" : hex === "00000000000000000000000001000000" ? "::1" : `ipv6:${hex}`);
    }
  }
  return found;
}
