/**
 * Benchmark: the organiser panel at 1,000,000 signatures, through the production build. Streams a
 * CSV export of every signature (rows/s, time to first byte, the web server's memory while it
 * streams) and times the signatures table's first page and a filtered search (server time: the
 * whole HTTP answer on localhost). Figures from one run.
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { sessions, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { createCampaign } from "@/tests/support/factories";
import { buildIfNeeded } from "../lib/build";
import { startChild, waitForHttp } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { benchEnvironment } from "./bench-environment";
import { sampleMemory, treeRssMb } from "./process-memory";

const root = path.resolve(import.meta.dirname, "../..");
const BIG = Number(process.env.BENCH_BIG_SIGNATURES ?? 1_000_000);
const TIMINGS = 30;

/** A million signatures over 30 days: nine in ten confirmed, six provinces, a fifth subscribed, ten domains. */
async function populate(campaignId: string, count: number) {
  await db().execute(sql`
    insert into supporters (email, canonical_email, name, locale, subscription_status)
    select 'signer' || i || '@domain' || (i % 10) || '.example', 'signer' || i || '@domain' || (i % 10) || '.example',
           'Signer ' || i, (array['en','fr'])[1 + i % 2]::locale, (case when i % 5 = 0 then 'subscribed' else 'none' end)::subscription_status
    from generate_series(1, ${count}) as i`);
  await db().execute(sql`
    insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province, locale, created_at, confirmed_at, source)
    select ${campaignId}, id, (case when n % 10 = 0 then 'pending' else 'confirmed' end)::signature_state, name, email, canonical_email, 'K1A 0A6', 'CA',
           (array['ON','QC','BC','AB','MB','NS'])[1 + n % 6], locale, now() - (n % 2592000) * interval '1 second',
           case when n % 10 = 0 then null else now() - (n % 2592000) * interval '1 second' + interval '5 minutes' end, 'bench'
    from (select id, name, email, canonical_email, locale, row_number() over () as n from supporters where email like 'signer%') s`);
}

async function timeGet(url: string, cookie: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < TIMINGS + 3; i++) {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie } });
    await response.text();
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    if (i >= 3) times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const percentile = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(1));

const { database, port, serverEnv } = await benchEnvironment();
const web = { stop: async () => undefined } as { stop(): Promise<void> };

try {
  await migrateDatabase(database.url);
  await seedDemo(db());
  const campaign = await createCampaign(db(), { slug: "bench-admin-million" });
  const started = Date.now();
  await populate(campaign.id, BIG);
  await db().execute(sql`vacuum analyze`);
  const populateSeconds = (Date.now() - started) / 1000;
  // An organiser's session, as Auth.js stores it after the emailed link.
  const [organiser] = await db().insert(users).values({ email: "bench-organiser@privatefaces.example", role: "organiser" }).returning();
  const token = randomBytes(32).toString("hex");
  await db()
    .insert(sessions)
    .values({ sessionToken: token, userId: organiser!.id, expires: new Date(Date.now() + 3_600_000) });
  const cookie = `authjs.session-token=${token}`;

  buildIfNeeded(root, serverEnv);
  const server = startChild("web", process.execPath, webArgs(root, "start", port), { cwd: root, env: serverEnv });
  web.stop = () => server.stop();
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => server.process.exitCode === null);
  const base = `http://127.0.0.1:${port}`;
  const table = `${base}/en/admin/campaigns/${campaign.id}/signatures`;

  const firstPage = await timeGet(table, cookie);
  const filtered = await timeGet(`${table}?state=confirmed&province=QC&subscribed=yes&q=signer12`, cookie);
  const dateWindow = await timeGet(`${table}?from=${new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10)}&to=${new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10)}`, cookie);

  const before = treeRssMb(server.process.pid!);
  const memory = sampleMemory(server.process.pid!);
  const exportStarted = performance.now();
  const response = await fetch(`${base}/api/admin/campaigns/${campaign.id}/signatures.csv?locale=en`, { headers: { cookie } });
  const reader = response.body!.getReader();
  let firstByteMs = 0;
  let bytes = 0;
  let lines = 0;
  let rssAtTenth = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (!firstByteMs) firstByteMs = performance.now() - exportStarted;
    bytes += value.byteLength;
    for (const byte of value) if (byte === 10) lines++;
    if (!rssAtTenth && lines > BIG / 10) rssAtTenth = treeRssMb(server.process.pid!);
  }
  const exportSeconds = (performance.now() - exportStarted) / 1000;
  const samples = memory.stop();
  const peak = Math.max(...samples, before);
  const rows = lines - 1;

  const figures = {
    signatures: BIG,
    populateSeconds,
    table: {
      firstPageMs: { p50: percentile(firstPage, 50), p95: percentile(firstPage, 95) },
      filteredSearchMs: { p50: percentile(filtered, 50), p95: percentile(filtered, 95) },
      dateWindowMs: { p50: percentile(dateWindow, 50), p95: percentile(dateWindow, 95) },
    },
    export: {
      status: response.status,
      rows,
      megabytes: Number((bytes / 1_048_576).toFixed(1)),
      seconds: Number(exportSeconds.toFixed(1)),
      rowsPerSecond: Math.round(rows / exportSeconds),
      firstByteMs: Number(firstByteMs.toFixed(0)),
      serverRssMb: { before: Math.round(before), atTenthOfRows: Math.round(rssAtTenth), peak: Math.round(peak), end: Math.round(samples.at(-1) ?? 0) },
    },
    ratios: {
      firstPageP50To150Ms: Number((percentile(firstPage, 50) / 150).toFixed(3)),
      filteredSearchP50To150Ms: Number((percentile(filtered, 50) / 150).toFixed(3)),
      exportPeakRssTo250Mb: Number((peak / 250).toFixed(3)),
      exportRowsToSignatures: Number((rows / BIG).toFixed(3)),
    },
  };
  console.log(JSON.stringify(figures, null, 2));
  const met = figures.ratios.firstPageP50To150Ms < 1 && figures.ratios.filteredSearchP50To150Ms < 1 && figures.ratios.exportPeakRssTo250Mb < 1 && rows === BIG;
  console.log(met ? "bench:admin: all targets met" : "bench:admin: TARGET MISSED");
} finally {
  await web.stop();
  await closeDb();
  await database.cleanup();
}
