/**
 * Benchmark: signing through the production build, against a bare one-INSERT route as the
 * reference, at 16 and 64 concurrent clients (autocannon on the same machine); then page views of
 * a campaign with 1,000,000 confirmed signatures against one with 1,000. Figures from one run.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { systemContext } from "@/server/context";
import { reconcileTallies } from "@/server/signatures/reconcile-tallies";
import { createCampaign } from "@/tests/support/factories";
import { buildIfNeeded } from "../lib/build";
import { startChild, waitForHttp } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { benchEnvironment } from "./bench-environment";
import { combine, load, type LoadResult } from "./load";
import { cpuPerRequest, type CpuSplit } from "./process-cpu";

const root = path.resolve(import.meta.dirname, "../..");
const BIG = Number(process.env.BENCH_BIG_SIGNATURES ?? 1_000_000);
// About ten seconds of load per round on a 2-core machine; three rounds of each side.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 5_000);
const ROUNDS = 3;

async function populate(campaignId: string, count: number, prefix: string) {
  await db().execute(sql`
    insert into supporters (email, canonical_email, name, locale)
    select ${prefix} || i || '@example.org', ${prefix} || i || '@example.org', 'Signer ' || i, 'en' from generate_series(1, ${count}) as i`);
  await db().execute(sql`
    insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province, locale, confirmed_at, source)
    select ${campaignId}, id, 'confirmed', name, email, canonical_email, 'K1A 0A6', 'CA',
           (array['ON','QC','BC','AB','MB','NS'])[1 + (abs(hashtext(email)) % 6)], 'en', now(), 'bench'
    from supporters where email like ${`${prefix}%`}`);
}

const meanCpu = (runs: CpuSplit[]): CpuSplit => {
  const mean = (key: keyof CpuSplit) => Math.round(runs.reduce((sum, run) => sum + run[key], 0) / runs.length);
  return { web: mean("web"), webMainThread: mean("webMainThread"), postgres: mean("postgres"), loadGenerator: mean("loadGenerator") };
};

const { database, port, serverEnv } = await benchEnvironment({ CHORUS_BENCH_ROUTES: "1" });
const web = { stop: async () => undefined } as { stop(): Promise<void> };

try {
  await migrateDatabase(database.url);
  await seedDemo(db());
  const big = await createCampaign(db(), { slug: "bench-million" });
  const small = await createCampaign(db(), { slug: "bench-thousand" });
  const started = Date.now();
  await populate(big.id, BIG, "big-");
  await populate(small.id, 1_000, "small-");
  await reconcileTallies(systemContext("bench"));
  // As after any bulk load: fresh planner statistics, and no autovacuum running during the load test.
  await db().execute(sql`vacuum analyze`);
  const populateSeconds = (Date.now() - started) / 1000;

  buildIfNeeded(root, serverEnv);
  const server = startChild("web", process.execPath, webArgs(root, "start", port), { cwd: root, env: serverEnv });
  web.stop = () => server.stop();
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => server.process.exitCode === null);
  const base = `http://127.0.0.1:${port}`;

  let n = 0;
  const signer = () => JSON.stringify({ name: "Bench Signer", email: `load-${process.pid}-${n++}@example.org`, postalCode: "K1A 0A6", locale: "en", subscribe: n % 2 === 0 });
  const bare = () => JSON.stringify({ name: "Bench Signer", email: `bare-${n++}@example.org` });
  const signUrl = `${base}/api/campaigns/${demoCampaign.slug}/signatures`;
  // Warm up: JIT, connection pools, prepared statements.
  const warm = await load({ url: signUrl, connections: 16, requests: 1_500, method: "POST", body: signer });
  await load({ url: `${base}/api/bench/insert`, connections: 16, requests: 1_500, method: "POST", body: bare });

  // Bare and signing alternate, three times each, so that a slow patch of the shared machine (the load
  // generator and PostgreSQL run on the same two cores) does not land on one side only.
  const results: Record<string, LoadResult> = {};
  // CPU time per request of each party (web process, PostgreSQL, load generator), mean of the rounds.
  const cpu: Record<string, CpuSplit> = {};
  const accepted: number[] = [warm.ok];
  const webPid = server.process.pid!;
  for (const connections of [16, 64]) {
    const rounds: { bare: LoadResult; sign: LoadResult; bareCpu: CpuSplit; signCpu: CpuSplit }[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const bareRun = await cpuPerRequest(webPid, REQUESTS, () => load({ url: `${base}/api/bench/insert`, connections, requests: REQUESTS, method: "POST", body: bare }));
      const signRun = await cpuPerRequest(webPid, REQUESTS, () => load({ url: signUrl, connections, requests: REQUESTS, method: "POST", body: signer }));
      rounds.push({ bare: bareRun.result, sign: signRun.result, bareCpu: bareRun.cpuUsPerRequest, signCpu: signRun.cpuUsPerRequest });
      accepted.push(signRun.result.ok);
    }
    results[`bare${connections}`] = combine(rounds.map((r) => r.bare));
    results[`sign${connections}`] = combine(rounds.map((r) => r.sign));
    cpu[`bare${connections}`] = meanCpu(rounds.map((r) => r.bareCpu));
    cpu[`sign${connections}`] = meanCpu(rounds.map((r) => r.signCpu));
  }
  const [rows] = await db().execute<{ n: number }>(sql`select count(*)::int as n from signatures s join campaigns c on c.id = s.campaign_id where c.slug = ${demoCampaign.slug}`);
  const acceptedTotal = accepted.reduce((sum, n) => sum + n, 0);

  const views: Record<string, LoadResult> = {};
  for (const [name, url] of [
    ["pageThousand", `${base}/en/campaigns/bench-thousand`],
    ["pageMillion", `${base}/en/campaigns/bench-million`],
    ["jsonThousand", `${base}/api/campaigns/bench-thousand`],
    ["jsonMillion", `${base}/api/campaigns/bench-million`],
  ] as const) {
    const pages = name.startsWith("page");
    await load({ url, connections: 16, requests: pages ? 300 : 1_000 });
    views[name] = await load({ url, connections: 16, requests: pages ? 3_000 : REQUESTS });
  }
  const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
  const figures = {
    results,
    cpuUsPerRequest: cpu,
    views,
    signingRequestsAccepted: acceptedTotal,
    signatureRowsInDatabase: Number(rows?.n ?? 0),
    signingErrors: warm.errors + results.sign16!.errors + results.sign64!.errors,
    bigCampaignSignatures: BIG,
    populateSeconds,
    ratios: {
      signingVsBare16: ratio(results.sign16!.requestsPerSecond, results.bare16!.requestsPerSecond),
      signingVsBare64: ratio(results.sign64!.requestsPerSecond, results.bare64!.requestsPerSecond),
      // Above 1: a signature costs the web process less CPU than the bare route's request does.
      webCpuBareVsSigning16: ratio(cpu.bare16!.web, cpu.sign16!.web),
      webCpuBareVsSigning64: ratio(cpu.bare64!.web, cpu.sign64!.web),
      signing64Vs16: ratio(results.sign64!.requestsPerSecond, results.sign16!.requestsPerSecond),
      pageMillionVsThousand: ratio(views.pageMillion!.requestsPerSecond, views.pageThousand!.requestsPerSecond),
      jsonMillionVsThousand: ratio(views.jsonMillion!.requestsPerSecond, views.jsonThousand!.requestsPerSecond),
    },
  };
  console.log(JSON.stringify(figures, null, 2));
} finally {
  await web.stop();
  await closeDb();
  await database.cleanup();
}
