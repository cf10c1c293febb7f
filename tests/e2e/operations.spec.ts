import { Agent, request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { connect } from "@/db/client";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { startChild, waitForHttp, type Child } from "@/scripts/lib/children";
import { pickPort } from "@/scripts/lib/ports";
import { workerArgs } from "@/scripts/lib/worker-command";
import { uniqueSuffix } from "../support/factories";
import { confirmationLink } from "./support/petition";
import { startExtraWebServer, type ExtraServer } from "./support/extra-web-server";
import { e2eServerEnv } from "./support/server-env";

/*
 * Operations against the real built server and a real worker: /metrics behind its token, requests
 * counted by route pattern and status, a signature accepted and confirmed counted, the worker's
 * queue gauges, JSON access lines carrying the id sent back as X-Request-Id, and a SIGTERM that
 * lets a request in flight finish while new connections are refused.
 */

const token = `ops-metrics-${uniqueSuffix()}-token`;
const auth = { authorization: `Bearer ${token}` };
let web: ExtraServer;
let worker: Child;
let workerPort = 0;
let output = "";
// The suite's database, secret and mail stub; our own ports and links.
const { APP_URL: _url, PORT: _port, WORKER_HEALTH_PORT: _health, ...suiteEnv } = e2eServerEnv();

test.describe.configure({ mode: "serial", timeout: 120_000 });

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await client.end();
  web = await startExtraWebServer({ ...suiteEnv, METRICS_TOKEN: token });
  web.child.process.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  workerPort = await pickPort();
  worker = startChild("ops-worker", process.execPath, workerArgs(), { cwd: process.cwd(), env: { ...process.env, ...suiteEnv, NODE_ENV: "production", METRICS_TOKEN: token, WORKER_HEALTH_PORT: String(workerPort) }, ownGroup: true, graceMs: 10_000 });
  await waitForHttp(`http://127.0.0.1:${workerPort}/`, 60_000, () => worker.process.exitCode === null);
});

test.afterAll(async () => {
  await Promise.all([web?.child.stop(), worker?.stop()]);
});

const scrape = async (port: number) => (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: auth })).text();
const value = (text: string, series: string) => Number(new RegExp(`^${series.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")} (\\S+)$`, "m").exec(text)?.[1] ?? 0);

test("metrics need the token, and count requests, signatures and the queue", async ({ page }) => {
  const origin = `http://127.0.0.1:${web.port}`;
  expect((await fetch(`${origin}/metrics`)).status).toBe(401);
  expect((await fetch(`${origin}/metrics`, { headers: { authorization: "Bearer not-the-right-token" } })).status).toBe(401);
  expect((await fetch(`http://127.0.0.1:${workerPort}/metrics`)).status).toBe(401);

  const before = await scrape(web.port);
  await fetch(`${origin}/en/campaigns/${demoCampaign.slug}`);
  const email = `ops-${uniqueSuffix()}@example.org`;
  const signed = await fetch(`${origin}/api/campaigns/${demoCampaign.slug}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Oli Ops", email, postalCode: "K1A0A6", locale: "en", subscribe: false }),
  });
  expect(signed.status).toBe(202);
  await page.goto((await confirmationLink(email)).link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your signature counts" })).toBeVisible();

  const after = await scrape(web.port);
  const page200 = 'chorus_http_requests_total{method="GET",route="/[locale]/campaigns/[slug]",status="200"}';
  const post202 = 'chorus_http_requests_total{method="POST",route="/api/campaigns/[slug]/signatures",status="202"}';
  expect(value(after, page200)).toBeGreaterThan(value(before, page200));
  expect(value(after, post202)).toBe(value(before, post202) + 1);
  expect(value(after, "chorus_signatures_accepted_total")).toBe(value(before, "chorus_signatures_accepted_total") + 1);
  expect(value(after, "chorus_signatures_confirmed_total")).toBe(value(before, "chorus_signatures_confirmed_total") + 1);
  // Bounded labels: no campaign slug or email ever becomes one.
  expect(after).not.toContain(demoCampaign.slug);

  const queues = await scrape(workerPort);
  expect(queues).toMatch(/^chorus_queue_depth\{queue="[^"]+"\} \d+$/m);
  expect(queues).toMatch(/^chorus_queue_oldest_waiting_seconds\{queue="[^"]+"\} [\d.e+-]+$/m);
});

test("each access line is JSON with the id sent back as X-Request-Id, and no query string", async () => {
  const answer = await fetch(`http://127.0.0.1:${web.port}/api/health?token=private-value`, { headers: { "x-request-id": "0123456789abcdef0123456789abcdef" } });
  const reqId = answer.headers.get("x-request-id") ?? "";
  // Reached directly (no trusted proxy): the client's id is not taken.
  expect(reqId).toMatch(/^[0-9a-f]{32}$/);
  expect(reqId).not.toBe("0123456789abcdef0123456789abcdef");
  await expect.poll(() => output.includes(reqId)).toBe(true);
  const line = JSON.parse(output.split("\n").find((text) => text.includes(reqId))!) as Record<string, unknown>;
  expect(line).toMatchObject({ reqId, msg: "request", method: "GET", route: "/api/health", status: 200 });
  expect(output).not.toContain("private-value");
});

test("SIGTERM: a request in flight completes, new connections are refused, exit 0", async () => {
  const port = web.port;
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      httpRequest({ host: "127.0.0.1", port, path, agent }, (answer) => {
        let body = "";
        answer.on("data", (chunk: Buffer) => (body += chunk.toString()));
        answer.on("end", () => resolve({ status: answer.statusCode ?? 0, body }));
      })
        .once("error", reject)
        .end();
    });
  expect((await get("/api/health")).status).toBe(200);

  // A slow request: its headers are in, its body comes two seconds after SIGTERM.
  const body = JSON.stringify({ name: "Slow Signer", email: `ops-slow-${uniqueSuffix()}@example.org`, postalCode: "K1A0A6", locale: "en", subscribe: false });
  const slow = new Promise<number>((resolve, reject) => {
    const sent = httpRequest({ host: "127.0.0.1", port, path: `/api/campaigns/${demoCampaign.slug}/signatures`, method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (answer) => {
      answer.resume();
      answer.on("end", () => resolve(answer.statusCode ?? 0));
    });
    sent.once("error", reject);
    sent.flushHeaders();
    setTimeout(() => sent.end(body), 2_500);
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  const exited = new Promise<number | null>((resolve) => web.child.process.once("exit", (code) => resolve(code)));
  web.child.process.kill("SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 300));

  // Idle keep-alive connections were closed at once, and the port no longer accepts: health fails.
  await expect(fetch(`http://127.0.0.1:${port}/api/health`)).rejects.toThrow();
  expect(await slow).toBe(202);
  expect(await exited).toBe(0);
  agent.destroy();
});
