import path from "node:path";
import { startChild, waitForHttp, type Child } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { workerArgs } from "../lib/worker-command";

const root = path.resolve(import.meta.dirname, "../..");

/** One web or worker slot of the cluster: the process in it can be SIGKILLed and started again. */
export type Slot = {
  name: string;
  /** Where it answers health checks (web: /api/health; worker: its health port). */
  healthUrl: string;
  current(): Child | undefined;
  start(): Promise<void>;
  /** SIGKILL, as the kernel's OOM killer or a lost machine would: no shutdown of any kind. */
  kill(): Promise<void>;
  stop(): Promise<void>;
};

function slot(name: string, args: string[], env: NodeJS.ProcessEnv, healthUrl: string): Slot {
  let child: Child | undefined;
  const alive = () => child?.process.exitCode === null && child.process.signalCode === null;
  return {
    name,
    healthUrl,
    current: () => child,
    async start() {
      child = startChild(name, process.execPath, args, { cwd: root, env, graceMs: 10_000 });
      await waitForHttp(healthUrl, 90_000, alive);
    },
    async kill() {
      if (!child || !alive()) return;
      child.process.kill("SIGKILL");
      await child.exited;
    },
    async stop() {
      await child?.stop();
    },
  };
}

export function webSlot(name: string, port: number, env: NodeJS.ProcessEnv): Slot {
  return slot(name, webArgs(root, "start", port, "127.0.0.1"), { ...env, PORT: String(port), HOSTNAME: "127.0.0.1" }, `http://127.0.0.1:${port}/api/health`);
}

export function workerSlot(name: string, healthPort: number, env: NodeJS.ProcessEnv): Slot {
  return slot(name, workerArgs(), { ...env, WORKER_HEALTH_PORT: String(healthPort) }, `http://127.0.0.1:${healthPort}/`);
}
