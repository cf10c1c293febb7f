import { spawn, type ChildProcess } from "node:child_process";
import { pickPort } from "@/scripts/lib/ports";
import { workerArgs } from "@/scripts/lib/worker-command";

export type WorkerProcess = { child: ChildProcess; output: () => string; stop(): Promise<number | null>; kill(): Promise<void> };

/** A real `npm run worker` process, as in production, with this test's mail settings. */
export async function spawnWorker(env: Record<string, string>): Promise<WorkerProcess> {
  const healthPort = await pickPort();
  const child = spawn(process.execPath, workerArgs(), {
    env: { ...process.env, ...env, WORKER_HEALTH_PORT: String(healthPort) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`worker exited at start:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${healthPort}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`worker not ready:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    child,
    output: () => output,
    async stop() {
      child.kill("SIGTERM");
      return exited;
    },
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
  };
}
