import { request as httpRequest } from "node:http";
import { startChild, waitForHttp, type Child } from "@/scripts/lib/children";
import { pickPort } from "@/scripts/lib/ports";
import { webArgs } from "@/scripts/lib/web-command";

export type ExtraServer = { port: number; child: Child };

/**
 * Another production web server on the suite's build, database and mail (the suite's worker sends
 * what it queues), started exactly as npm start starts one, with some variables changed: a spec can
 * try settings (limits, proxies) that the shared server must not have.
 */
export async function startExtraWebServer(overrides: Record<string, string>): Promise<ExtraServer> {
  const port = await pickPort();
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production" as const, NEXT_TELEMETRY_DISABLED: "1", PORT: String(port), APP_URL: `http://localhost:${port}`, ...overrides };
  const child = startChild(`web:${port}`, process.execPath, webArgs(process.cwd(), "start", port), { cwd: process.cwd(), env, ownGroup: true, graceMs: 10_000 });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => child.process.exitCode === null);
  return { port, child };
}

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/**
 * One HTTP request sent from a chosen loopback address (any of 127.0.0.0/8 is this machine): a
 * different client, as the server's socket sees it, with whatever headers it cares to write.
 */
export function requestFrom(localAddress: string, port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const sent = httpRequest({ host: "127.0.0.1", port, path, localAddress, method: options.method ?? "GET", headers: options.headers }, (answer) => {
      let body = "";
      answer.setEncoding("utf8");
      answer.on("data", (chunk: string) => (body += chunk));
      answer.on("end", () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, body }));
    });
    sent.once("error", reject);
    sent.end(options.body);
  });
}

/** A loopback address nobody else in the suite uses (every browser test comes from 127.0.0.1). */
export function freshLoopbackAddress(): string {
  const octet = () => 1 + Math.floor(Math.random() * 254);
  return `127.${octet()}.${octet()}.${octet()}`;
}
