/**
 * npm run bench:cluster — the production shape's overheads, figures from one run (ratios count;
 * the machine is shared): signing through nginx with two web processes against one web process
 * reached directly; the same through PgBouncer against direct PostgreSQL; the campaign page
 * through nginx's cache against the web process uncached. Targets: ≥ 0.9 and ≥ 5×.
 */
import { startTopology, type Topology, type TopologyOptions } from "../cluster/topology";
import { load, type LoadResult } from "./load";
import { cpuOf, postgresProcesses, thisProcess } from "./process-cpu";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3_000);
const CONNECTIONS = 16;
// Warm-up per web process. A fresh process's CPU per signature fell by a third to a half over its
// first few thousand requests (JIT), measured: with one warm-up for the whole scenario, two webs got
// half of it each and were measured colder than the one web they are compared with.
const WARM_UP_PER_WEB = Number(process.env.BENCH_WARM_UP_PER_WEB ?? 3_000);
// Uncached, a page costs a render: a few hundred are enough for a rate.
const PAGE_REQUESTS = Number(process.env.BENCH_PAGE_REQUESTS ?? 400);
let n = 0;
const signer = () => JSON.stringify({ name: "Bench Signer", email: `cluster-${process.pid}-${n++}@example.org`, postalCode: "K1A 0A6", locale: "en", subscribe: false });

async function withTopology<T>(options: TopologyOptions, work: (topology: Topology) => Promise<T>): Promise<T> {
  const topology = await startTopology({ workers: 1, ...options, env: { LOG_LEVEL: "error" } });
  try {
    return await work(topology);
  } finally {
    await topology.stop();
  }
}

const say = (name: string, result: LoadResult) => console.log(`${name}: ${JSON.stringify(result)}`);

// CPU time per signature of each party, by scenario: what sizing a deployment rests on.
const cpu: Record<string, Record<string, number>> = {};
const pids = (slots: Topology["webs"]) => slots.map((slot) => slot.current()?.process.pid).filter((pid): pid is number => pid !== undefined);

async function signing(topology: Topology, scenario: string): Promise<LoadResult> {
  const url = `${topology.nginx.origin}/api/campaigns/${topology.campaignSlug}/signatures`;
  // Warm up: JIT, connection pools, nginx's keepalive connections.
  await load({ url, connections: CONNECTIONS, requests: WARM_UP_PER_WEB * topology.webs.length, method: "POST", body: signer });
  const parties = {
    webs: { roots: pids(topology.webs) },
    workers: { roots: pids(topology.workers) },
    nginx: { where: (p: { command: string }) => p.command === "nginx" },
    pgbouncer: { where: (p: { command: string }) => p.command === "pgbouncer" },
    postgres: postgresProcesses,
    // autocannon and the Resend stub, which runs in this process.
    benchProcess: thisProcess,
  };
  const { result, cpuUsPerRequest } = await cpuOf(parties, REQUESTS, () => load({ url, connections: CONNECTIONS, requests: REQUESTS, method: "POST", body: signer }));
  cpu[scenario] = cpuUsPerRequest;
  say("signing", result);
  return result;
}

const results: Record<string, LoadResult> = {};
results.directOneWeb = await withTopology({ webs: 1, pooled: false, proxied: false }, (topology) => signing(topology, "directOneWeb"));
await withTopology({ webs: 2, pooled: false }, async (topology) => {
  results.nginxTwoWebs = await signing(topology, "nginxTwoWebs");
  const page = `/en/campaigns/${topology.campaignSlug}`;
  const direct = `http://127.0.0.1:${new URL(topology.webs[0]!.healthUrl).port}${page}`;
  // Uncached: a cookie of no use to the page makes the request personal, which the web process's
  // own cache never answers (lib/http/cache-policy.mjs), so every request is a render.
  const uncached = { cookie: "chorus-bench=uncached" };
  await load({ url: direct, connections: CONNECTIONS, requests: 100, headers: uncached });
  results.pageUncached = await load({ url: direct, connections: CONNECTIONS, requests: PAGE_REQUESTS, headers: uncached });
  await load({ url: `${topology.nginx.origin}${page}`, connections: CONNECTIONS, requests: 100 });
  results.pageCached = await load({ url: `${topology.nginx.origin}${page}`, connections: CONNECTIONS, requests: PAGE_REQUESTS * 5 });
});
let pooledNote = "";
try {
  results.nginxTwoWebsPooled = await withTopology({ webs: 2, pooled: true }, (topology) => signing(topology, "nginxTwoWebsPooled"));
} catch (error) {
  pooledNote = `PgBouncer run skipped: ${(error as Error).message}`;
}

const ratio = (a?: LoadResult, b?: LoadResult) => (a && b ? Number((a.requestsPerSecond / b.requestsPerSecond).toFixed(3)) : null);
console.log("\nScenario                                  req/s    p50 ms   p99 ms   errors");
for (const [name, result] of Object.entries(results)) {
  console.log(`${name.padEnd(40)} ${String(result.requestsPerSecond).padStart(7)} ${String(result.p50Ms).padStart(9)} ${String(result.p99Ms).padStart(8)} ${String(result.errors).padStart(8)}`);
}
const ratios = {
  nginxTwoWebsVsDirectOneWeb: ratio(results.nginxTwoWebs, results.directOneWeb),
  pooledVsDirectPostgres: ratio(results.nginxTwoWebsPooled, results.nginxTwoWebs),
  pageCachedVsUncached: ratio(results.pageCached, results.pageUncached),
};
console.log("\nCPU time per signature (µs), by party:");
console.table(cpu);
console.log(JSON.stringify({ ratios, cpuUsPerSignature: cpu, targets: { nginxTwoWebsVsDirectOneWeb: 0.9, pooledVsDirectPostgres: 0.9, pageCachedVsUncached: 5 }, ...(pooledNote && { note: pooledNote }) }, null, 2));
process.exit(0);
