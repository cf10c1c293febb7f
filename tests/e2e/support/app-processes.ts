import { spawn, type ChildProcess } from "node:child_process";
import { pickPort } from "@/scripts/lib/ports";
import { webArgs } from "@/scripts/lib/web-command";
import { workerArgs } from "@/scripts/lib/worker-command";
import { answers } from "./start-process";

export type AppProcess = { child: ChildProcess; output: () => string };
export type App = { origin: string; web: AppProcess; worker: AppProcess; stop(): Promise<void> };

function run(args: string[], env: NodeJS.ProcessEnv): AppProcess {
  const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function stopProcess({ child }: AppProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  const timer = setTimeout(() => process.kill(-child.pid!, "SIGKILL"), 8_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A second production web server and worker of the built app, beside the browser suite's own,
 * with settings of the caller's (a DATABASE_URL through a proxy, say). Resolves once both answer.
 */
export async function startApp(env: Record<string, string>): Promise<App> {
  const [port, workerHealth] = [await pickPort(), await pickPort()];
  const origin = `http://localhost:${port}`;
  const common: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", APP_URL: origin, PORT: String(port), ...env };
  const web = run(webArgs(process.cwd(), "start", port), common);
  const worker = run(workerArgs(), { ...common, WORKER_HEALTH_PORT: String(workerHealth) });
  const app = { origin, web, worker, stop: async () => void (await Promise.all([stopProcess(web), stopProcess(worker)])) };
  const deadline = Date.now() + 60_000;
  while ((await answers(`http://127.0.0.1:${port}/api/health`)) !== 200 || (await answers(`http://127.0.0.1:${workerHealth}/`)) !== 200) {
    if (Date.now() > deadline || web.child.exitCode !== null || worker.child.exitCode !== null) {
      await app.stop();
      throw new Error(`app did not start:\n${web.output()}\n${worker.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return app;
}
