/**
 * Benchmark: public pages, feeds and open data on one web process (its shared cache in front of
 * Next, lib/http/response-cache.mjs), each as a ratio to GET /api/health at 16 clients, one run;
 * the SQL each cached hit costs (transactions committed on the bench database during the run, less
 * health's own, per request); and the count's freshness while signatures are confirmed at a steady
 * rate under load. Targets: every ratio ≥ 0.8, no SQL per hit, count lag ≤ 2 s.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { buildIfNeeded } from "../lib/build";
import { startChild, waitForHttp } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { benchEnvironment } from "./bench-environment";
import { load, type LoadResult } from "./load";

const root = path.resolve(import.meta.dirname, "../..");
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 4_000);
// PostgreSQL 15 reports an idle backend's counts up to 10 s late: wait that long before reading them.
const STATS_WAIT_MS = Number(process.env.BENCH_STATS_WAIT_MS ?? 11_000);
const FINDING = "2020-01-02--bench-public-pages";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function commits(name: string): Promise<number> {
  const [row] = await db().execute<{ n: string }>(sql`select xact_commit::text as n from pg_stat_database where datname = ${name}`);
  return Number(row?.n ?? 0);
}

/** The confirmed count a campaign page shows ("No signatures yet" is 0). */
const shownCount = (html: string) => Number(/<p class="count"[^>]*><strong>([^<]*)<\/strong>/.exec(html)?.[1]?.replace(/\D/g, "") || "0");

const { database, port, serverEnv } = await benchEnvironment();
const databaseName = new URL(database.url).pathname.slice(1);
const web = { stop: async () => undefined } as { stop(): Promise<void> };

try {
  await migrateDatabase(database.url);
  await seedDemo(db());
  await db().execute(sql`
    insert into findings (id, date, sort_date, kind, binding, jurisdictions, issuers, file_numbers, tags, actors, related, title_en, title_fr, summary_en, importance)
    values (${FINDING}, '2020-01-02', '2020-01-02', 'finding', false, '{CA}', '{}', '{}', '{bench}', '{}', '{}', 'Bench finding', 'Constat du banc', 'A record.', 5)`);
  const [campaign] = await db().execute<{ id: string }>(sql`select id from campaigns where slug = ${demoCampaign.slug}`);

  buildIfNeeded(root, serverEnv);
  const server = startChild("web", process.execPath, webArgs(root, "start", port), { cwd: root, env: serverEnv });
  web.stop = () => server.stop();
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => server.process.exitCode === null);
  const base = `http://127.0.0.1:${port}`;

  const targets = {
    health: "/api/health",
    home: "/en",
    campaign: `/en/campaigns/${demoCampaign.slug}`,
    finding: `/en/findings/${FINDING}`,
    timeline: "/en/findings",
    timelineFiltered: "/en/findings?kind=finding&tag=bench",
    updates: "/en/updates",
    openData: `/api/campaigns/${demoCampaign.slug}`,
    rss: "/feeds/updates.rss",
  } as const;
  const runs: Record<string, LoadResult & { sqlPerRequest: number }> = {};
  for (const [name, target] of Object.entries(targets)) {
    await load({ url: base + target, connections: 16, requests: 500 });
    await sleep(STATS_WAIT_MS);
    const before = await commits(databaseName);
    const run = await load({ url: base + target, connections: 16, requests: REQUESTS });
    await sleep(STATS_WAIT_MS);
    // This process's own reads of the counter are in health's figure too, which is subtracted below.
    const used = (await commits(databaseName)) - before;
    runs[name] = { ...run, sqlPerRequest: Number((used / (run.ok + run.errors)).toFixed(4)) };
  }

  // Freshness: one confirmation every 50 ms (a tally row, as confirmSignature adds), the page under
  // load meanwhile, sampled every 100 ms; a sample is as old as the first database count it misses.
  const history: { at: number; count: number }[] = [];
  let stopped = false;
  const confirmer = (async () => {
    while (!stopped) {
      await db().execute(sql`
        insert into signature_tallies (campaign_id, scope, key, shard, count) values (${campaign!.id}, 'total', '', 0, 1)
        on conflict (campaign_id, scope, key, shard) do update set count = signature_tallies.count + 1`);
      const [row] = await db().execute<{ n: number }>(sql`select sum(count)::int as n from signature_tallies where campaign_id = ${campaign!.id} and scope = 'total'`);
      history.push({ at: Date.now(), count: Number(row?.n ?? 0) });
      await sleep(50);
    }
  })();
  const background = load({ url: base + targets.campaign, connections: 8, requests: REQUESTS });
  let worstLagMs = 0;
  let samples = 0;
  const until = Date.now() + 6_000;
  await sleep(1_000);
  while (Date.now() < until) {
    const html = await (await fetch(base + targets.campaign)).text();
    const at = Date.now();
    const shown = shownCount(html);
    const missed = history.find((point) => point.count > shown);
    if (missed) worstLagMs = Math.max(worstLagMs, at - missed.at);
    samples++;
    await sleep(100);
  }
  stopped = true;
  await Promise.all([confirmer, background]);

  const health = runs.health!;
  const ratios = Object.fromEntries(Object.entries(runs).map(([name, run]) => [name, Number((run.requestsPerSecond / health.requestsPerSecond).toFixed(3))]));
  const sqlPerCachedHit = Object.fromEntries(Object.entries(runs).map(([name, run]) => [name, Number((run.sqlPerRequest - health.sqlPerRequest).toFixed(4))]));
  console.log(JSON.stringify({ runs, ratiosToHealth: ratios, sqlPerCachedHit, freshness: { samples, worstLagMs, confirmations: history.length } }, null, 2));
} finally {
  await web.stop();
  await closeDb();
  await database.cleanup();
}
