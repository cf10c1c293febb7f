import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { startExtraWebServer, type ExtraServer } from "./support/extra-web-server";
import { pidListeningOn, residentMb } from "./support/server-memory";
import { e2eServerEnv } from "./support/server-env";

/*
 * An attacker (or a crawler) inventing slugs, ids, tokens and postal codes costs the web server no
 * lasting memory: 20,000 requests across every dynamic public address leave the production
 * server's resident memory within 50 MB of where it stood after a warm-up.
 *
 * The server is one of its own, started for this test on the suite's build and database: its memory
 * is this traffic's alone, whatever the rest of the suite did before or does beside it.
 */

const TOTAL = 20_000;
// Long enough that what every kind of request allocates once (compiled routes, pools, the memos at
// their caps) is in place before the first reading: the test is about what keeps growing after.
const WARM_UP = 3_000;
const CONCURRENCY = 12;
let server: ExtraServer;
let base = "";

test.beforeAll(async () => {
  const { PORT: _port, APP_URL: _url, ...suiteEnv } = e2eServerEnv();
  // Its request log would be 23,000 lines through this test's output: only warnings and errors.
  server = await startExtraWebServer({ ...suiteEnv, LOG_LEVEL: "warn" });
  base = `http://127.0.0.1:${server.port}`;
});

test.afterAll(async () => {
  await server?.child.stop();
});

const word = () => randomBytes(12).toString("hex");
const token = () => `${randomBytes(24).toString("base64url")}.${randomBytes(32).toString("base64url")}`;
const letter = () => "ABCEGHJKLMNPRSTVXY"[Math.floor(Math.random() * 18)];
const digit = () => String(Math.floor(Math.random() * 10));
const postcode = () => `${letter()}${digit()}${letter()}${digit()}${letter()}${digit()}`;

type Call = { path: string; method?: "GET" | "POST"; body?: string };

// One address of each kind, each with a value nobody has used before: the pages…
const pages: (() => Call)[] = [
  () => ({ path: `/en/campaigns/${word()}` }),
  () => ({ path: `/fr/campagnes/${word()}` }),
  () => ({ path: `/en/campaigns/${word()}/updates` }),
  () => ({ path: `/fr/campagnes/${word()}/mises-a-jour/${randomUUID()}` }),
  () => ({ path: `/en/campaigns/${word()}/thank-you` }),
  () => ({ path: `/en/campaigns/${word()}/signed` }),
  () => ({ path: `/en/campaigns/${word()}/write` }),
  () => ({ path: `/en/campaigns/${word()}/write/open/${token()}` }),
  () => ({ path: `/en/campaigns/${word()}/opengraph-image` }),
  () => ({ path: `/en/findings/2021-02-03--${word()}` }),
  () => ({ path: `/fr/constats/2021-02--${word()}` }),
  () => ({ path: `/en/confirm/${token()}` }),
  () => ({ path: `/fr/desabonnement/${token()}` }),
  () => ({ path: `/en/preferences/${token()}` }),
  () => ({ path: `/en/${word()}` }),
];

// …and the route handlers, which read through the same memoised lookups (a campaign by slug, a
// token's signature) at a fraction of a page render's cost.
const handlers: (() => Call)[] = [
  () => ({ path: `/api/campaigns/${word()}` }),
  () => ({ path: `/api/campaigns/${word()}/updates` }),
  () => ({ path: `/api/campaigns/${word()}/signatures`, method: "POST", body: JSON.stringify({ name: "A", email: `${word()}@example.org`, postalCode: postcode(), locale: "en" }) }),
  () => ({ path: `/api/unsubscribe/${token()}` }),
  () => ({ path: `/api/postcodes/${postcode()}` }),
  () => ({ path: `/feeds/campaigns/${word()}/updates.atom` }),
  () => ({ path: `/feeds/campaigns/${word()}/updates.rss` }),
];

async function hammer(count: number): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  async function lane() {
    while (next < count) {
      // One request in eight renders a page: all of them would take a 2-core machine ~15 minutes.
      const n = next++;
      const call = n % 8 === 0 ? pages[(n / 8) % pages.length]!() : handlers[n % handlers.length]!();
      const response = await fetch(`${base}${call.path}`, { method: call.method ?? "GET", body: call.body, headers: call.body ? { "content-type": "application/json" } : {}, redirect: "manual" });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return statuses;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 3_000));

test("20,000 requests with invented slugs, ids, tokens and postal codes leave the web server's memory within 50 MB", async () => {
  // Two to three minutes on a quiet two-core machine; the limit leaves room for a busy one.
  test.setTimeout(900_000);
  const pid = pidListeningOn(server.port);
  await hammer(WARM_UP);
  await settle();
  const before = residentMb(pid);
  const started = Date.now();
  const statuses = await hammer(TOTAL);
  await settle();
  const after = residentMb(pid);
  console.log(`web server RSS ${before.toFixed(1)} MB → ${after.toFixed(1)} MB after ${TOTAL} requests in ${((Date.now() - started) / 1000).toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  // Nothing invented was found, and the server never failed.
  expect([...statuses.keys()].filter((status) => status >= 500)).toEqual([]);
  expect(after - before).toBeLessThan(50);
});
