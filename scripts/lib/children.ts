import { spawn, type ChildProcess } from "node:child_process";
import readline from "node:readline";

export type Child = {
  name: string;
  process: ChildProcess;
  /** Resolves once it has exited: SIGTERM to its process group first, SIGKILL after the grace period. */
  stop(graceMs?: number): Promise<void>;
  /** Resolves with its exit code (null when a signal ended it). */
  exited: Promise<number | null>;
};

/** Signals a child's whole process group (next build and next start run helpers of their own). */
function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    child.kill(signal);
  }
}

/**
 * Spawns a long-running service, prefixing each line of its output with its name (or passing it
 * through untouched with `inherit`). With `ownGroup` it runs in a process group of its own, so a
 * terminal's Ctrl-C reaches only the supervisor, which stops its children in order (web and worker
 * before the database they use); such a child leaves by itself if its supervisor dies
 * (lib/supervisor-watch.ts).
 */
export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; inherit?: boolean; ownGroup?: boolean; graceMs?: number },
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: options.ownGroup ?? false,
    stdio: options.inherit ? ["ignore", "inherit", "inherit"] : ["ignore", "pipe", "pipe"],
  });
  const prefix = `[${name}]`.padEnd(9);
  for (const [stream, out] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    if (stream) readline.createInterface({ input: stream }).on("line", (line) => out.write(`${prefix} ${line}\n`));
  }
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return {
    name,
    process: child,
    exited,
    async stop(graceMs = options.graceMs ?? 35_000) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signalGroup(child, "SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Polls a URL until it answers 200; throws when the deadline passes or `isAlive` turns false. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) throw new Error(`the process behind ${url} exited before it was ready`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}
