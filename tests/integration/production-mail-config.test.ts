import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { pickPort } from "@/scripts/lib/ports";
import { workerArgs } from "@/scripts/lib/worker-command";

/*
 * A production server that lost its Resend key must not start and quietly keep every
 * confirmation and sign-in link in its local outbox: it refuses, saying why, unless told to keep
 * mail local on purpose (MAIL_LOCAL=1, which npm start's local demo sets).
 */

type Run = { code: number | null; output: string };

/** A real worker process (npm run worker) with this environment, until it exits or is healthy. */
async function runWorker(extra: Record<string, string | undefined>): Promise<Run> {
  const healthPort = await pickPort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", WORKER_HEALTH_PORT: String(healthPort) };
  for (const key of ["RESEND_API_KEY", "RESEND_BASE_URL", "MAIL_FROM", "MAIL_LOCAL"]) delete env[key];
  for (const [key, value] of Object.entries(extra)) if (value !== undefined) env[key] = value;
  const child = spawn(process.execPath, workerArgs(), { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 30_000;
  while (child.exitCode === null && Date.now() < deadline) {
    if (
      await fetch(`http://127.0.0.1:${healthPort}/`).then(
        (r) => r.ok,
        () => false,
      )
    ) {
      child.kill("SIGTERM");
      await exited;
      return { code: null, output };
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (child.exitCode === null) child.kill("SIGKILL");
  return { code: await exited, output };
}

describe("production without a mail provider", () => {
  it("refuses to start the worker, naming the missing key and the way out", async () => {
    const run = await runWorker({});
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.output).toMatch(/Chorus cannot start/);
    expect(run.output).toMatch(/RESEND_API_KEY is missing: in production no email/);
    expect(run.output).toMatch(/MAIL_LOCAL=1/);
  });

  it("starts when told to keep mail local on purpose, or when given a provider", async () => {
    expect((await runWorker({ MAIL_LOCAL: "1" })).code).toBeNull();
    const provider = await runWorker({ RESEND_API_KEY: "re_production_test", MAIL_FROM: "Coalition <news@privatefaces.example>" });
    expect(provider.code, provider.output).toBeNull();
  });
});
