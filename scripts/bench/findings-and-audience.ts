/**
 * Benchmark for the findings record and updates: (1) the public timeline page rendered by the
 * production build with 10,000 findings, against the same page with 100 (first page, a filtered
 * page, and a page deep in the keyset); (2) building an update's audience of 100,000 opted-in
 * signers among 120,000 (some suppressed, some muted): the exact count shown before sending and
 * the list the broadcast is queued from, with the memory it takes. Figures from one run.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { seedDemo } from "@/db/seed/seed-demo";
import { countAudience } from "@/server/audience/count-audience";
import { listAudience } from "@/server/audience/list-audience";
import { systemContext } from "@/server/context";
import { createCampaign } from "@/tests/support/factories";
import { buildIfNeeded } from "../lib/build";
import { startChild, waitForHttp } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { benchEnvironment } from "./bench-environment";
import { load, type LoadResult } from "./load";
import { insertBenchFindings, insertBenchAudience } from "./bench-data";

const root = path.resolve(import.meta.dirname, "../..");
const FINDINGS = Number(process.env.BENCH_FINDINGS ?? 10_000);
const AUDIENCE = Number(process.env.BENCH_AUDIENCE ?? 100_000);

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: Number((performance.now() - started).toFixed(1)), value };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const { database, port, serverEnv } = await benchEnvironment();
const web = { stop: async () => undefined } as { stop(): Promise<void> };
try {
  await migrateDatabase(database.url);
  await seedDemo(db());

  // (2) The audience, measured in this process against the database.
  const campaign = await createCampaign(db(), { slug: "bench-audience" });
  await insertBenchAudience(campaign.id, AUDIENCE);
  await db().execute(sql`vacuum analyze`);
  const audience = { campaignId: campaign.id, scope: "signers" as const };
  const bench = systemContext("bench");
  const counts: number[] = [];
  const lists: number[] = [];
  let listed = 0;
  let heapMb = 0;
  for (let round = 0; round < 5; round++) {
    counts.push((await timed(() => countAudience(bench, audience))).ms);
    const heapBefore = process.memoryUsage().heapUsed;
    const run = await timed(() => listAudience(bench, audience));
    heapMb = Math.max(heapMb, (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20);
    lists.push(run.ms);
    listed = run.value.length;
  }
  const shown = await countAudience(bench, audience);

  // (1) The timeline through the production build: 100 findings, then 10,000.
  buildIfNeeded(root, serverEnv);
  const server = startChild("web", process.execPath, webArgs(root, "start", port), { cwd: root, env: serverEnv });
  web.stop = () => server.stop();
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => server.process.exitCode === null);
  const base = `http://127.0.0.1:${port}/en/findings`;
  const pages = async (label: string) => {
    // The cursor of a page halfway down the timeline, as its "older findings" link gives it.
    const [middle] = await db().execute<{ cursor: string }>(sql`
      select to_char(sort_date, 'YYYY-MM-DD') || '_' || id as cursor from findings where not incomplete
      order by sort_date desc, id desc offset (select count(*) / 2 from findings) limit 1`);
    const results: Record<string, LoadResult> = {};
    for (const [name, url] of [
      ["first", base],
      ["filtered", `${base}?kind=order&binding=true`],
      ["deep", `${base}?after=${encodeURIComponent(middle!.cursor)}`],
    ] as const) {
      await load({ url, connections: 8, requests: 100 });
      results[`${label}-${name}`] = await load({ url, connections: 8, requests: 600 });
    }
    return results;
  };
  await insertBenchFindings(100);
  const small = await pages("100");
  await insertBenchFindings(FINDINGS, 100);
  const big = await pages(`${FINDINGS}`);
  const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
  console.log(
    JSON.stringify(
      {
        audience: { people: AUDIENCE, listed, countShown: shown, countMsMedian: median(counts), listMsMedian: median(lists), listHeapMb: Number(heapMb.toFixed(1)) },
        timeline: { ...small, ...big },
        ratios: {
          timelineFirstPage: ratio(big[`${FINDINGS}-first`]!.requestsPerSecond, small["100-first"]!.requestsPerSecond),
          timelineFiltered: ratio(big[`${FINDINGS}-filtered`]!.requestsPerSecond, small["100-filtered"]!.requestsPerSecond),
          timelineDeep: ratio(big[`${FINDINGS}-deep`]!.requestsPerSecond, small["100-deep"]!.requestsPerSecond),
        },
      },
      null,
      2,
    ),
  );
} finally {
  await web.stop();
  await closeDb();
  await database.cleanup();
}
