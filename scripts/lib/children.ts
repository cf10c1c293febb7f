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
export function startChild(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; inherit?: boolean; ownGroup?: boolean; graceMs?: number }): Child {
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

/** Restart pauses: 1 s, doubled after each crash up to 30 s; back to 1 s after a minute up. */
export const RESTART_POLICY = { firstMs: 1_000, maxMs: 30_000, stableMs: 60_000 };

export type KeptChild = {
  name: string;
  /** The process running now (a new one after each restart). */
  current(): Child;
  stop(): Promise<void>;
};

/**
 * Keeps a service running: when it exits on its own (a crash, an out-of-memory kill), it is
 * started again after a pause that grows with each quick crash, and each restart is said on the
 * console. Nothing restarts once `stopping()` is true or `stop` was called; `stop` also cancels a
 * restart that is waiting.
 */
export function keepRunning(name: string, spawnChild: () => Child, stopping: () => boolean, policy = RESTART_POLICY): KeptChild {
  let child = spawnChild();
  let startedAt = Date.now();
  let pause = policy.firstMs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const quit = () => stopped || stopping();

  const watch = (running: Child) => {
    void running.exited.then((code) => {
      if (quit()) return;
      if (Date.now() - startedAt >= policy.stableMs) pause = policy.firstMs;
      const how = running.process.signalCode ?? `code ${code}`;
      console.error(`[${name}] exited unexpectedly (${how}); restarting in ${pause / 1000} s.`);
      timer = setTimeout(() => {
        timer = undefined;
        if (quit()) return;
        child = spawnChild();
        startedAt = Date.now();
        console.error(`[${name}] restarted (pid ${child.process.pid}).`);
        watch(child);
      }, pause);
      pause = Math.min(pause * 2, policy.maxMs);
    });
  };
  watch(child);

  return {
    name,
    current: () => child,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await child.stop();
    },
  };
}
