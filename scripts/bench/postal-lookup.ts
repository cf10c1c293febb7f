/**
 * Benchmark: postal-code lookups against the local directory through the production build
 * (GET /api/postcodes/<code>, Represent off). The directory is the shipped Canadian data
 * (db/seed/data/directory, or DIRECTORY_DATA_DIR), plus exact data for 60 postal codes per known prefix, as Represent answers
 * would leave it. The mix: 60% exact codes, 30% codes known only by their prefix, 10% unknown
 * prefixes (province fallback). Server time is the lookup's own (Server-Timing), one request at a
 * time; throughput with 8 concurrent clients. Figures from one run.
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { closeDb, db } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { migrateDatabase } from "@/db/migrate";
import { DEMO_DIRECTORY_DIR } from "@/db/seed/demo-data";
import { buildIfNeeded } from "../lib/build";
import { startChild, waitForHttp } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { benchEnvironment } from "./bench-environment";

const root = path.resolve(import.meta.dirname, "../..");
const REQUESTS = Number(process.env.BENCH_LOOKUPS ?? 20_000);
const CONCURRENCY = 8;
const LETTERS = "ABCEGHJKLMNPRSTVWXYZ";
const pick = <T>(list: readonly T[]) => list[Math.floor(Math.random() * list.length)]!;
const ldu = () => `${Math.floor(Math.random() * 10)}${pick([...LETTERS])}${Math.floor(Math.random() * 10)}`;
const percentile = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!.toFixed(2));

const { database, port, serverEnv } = await benchEnvironment({ REPRESENT_URL: "off" });
const web = { stop: async () => undefined } as { stop(): Promise<void> };
try {
  await migrateDatabase(database.url);
  const folder = process.env.DIRECTORY_DATA_DIR || DEMO_DIRECTORY_DIR;
  await importDirectory(db(), readDirectoryPath(folder).inputs);
  await db().execute(sql`
    insert into postal_areas (code, riding_id, weight, source, as_of)
    select p.code || (n % 10)::text || chr(65 + (n * 7) % 26) || (n / 10)::text, p.riding_id, 1, 'bench', current_date
    from postal_areas p, generate_series(0, 59) n
    where length(p.code) = 3 and chr(65 + (n * 7) % 26) not in ('D', 'F', 'I', 'O', 'Q', 'U')
    on conflict do nothing`);
  await db().execute(sql`vacuum analyze`);
  const exact = (await db().execute<{ code: string }>(sql`select code from postal_areas where length(code) = 6`)).map((row) => row.code);
  const prefixes = (await db().execute<{ code: string }>(sql`select code from postal_areas where length(code) = 3`)).map((row) => row.code);
  const codes = Array.from({ length: REQUESTS + 1_000 }, () => {
    const roll = Math.random();
    if (roll < 0.6) return pick(exact);
    if (roll < 0.9) return `${pick(prefixes)}${ldu()}`;
    return `K0${pick(["A", "B", "C", "E"])}${ldu()}`.replace(/^K0/, "X0");
  });

  buildIfNeeded(root, serverEnv);
  const server = startChild("web", process.execPath, webArgs(root, "start", port), { cwd: root, env: serverEnv });
  web.stop = () => server.stop();
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, 60_000, () => server.process.exitCode === null);

  const base = `http://127.0.0.1:${port}/api/postcodes/`;
  // Latency one request at a time (what a supporter waits for), then throughput with 8 at once.
  const samples: { basis: string; server: number }[] = [];
  let failures = 0;
  for (let i = 0; i < 1_000 + REQUESTS; i++) {
    const response = await fetch(base + codes[i % codes.length]);
    const body = (await response.json()) as { basis?: string };
    if (!response.ok) failures++;
    const server = Number(/dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "")?.[1]);
    if (i >= 1_000) samples.push({ basis: body.basis ?? "error", server });
  }
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (let i = next++; i < REQUESTS; i = next++) {
      const response = await fetch(base + codes[i]);
      await response.arrayBuffer();
      if (!response.ok) failures++;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  const all = samples.map((s) => s.server).sort((a, b) => a - b);
  const byBasis = Object.fromEntries(
    ["exact", "hint", "province"].map((basis) => {
      const times = samples
        .filter((s) => s.basis === basis)
        .map((s) => s.server)
        .sort((a, b) => a - b);
      return [basis, { lookups: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) }];
    }),
  );
  const figures = {
    directory: folder,
    exactCodes: exact.length,
    prefixes: prefixes.length,
    lookups: samples.length,
    failures,
    lookupsPerSecondAt8: Math.round(REQUESTS / seconds),
    serverMs: { p50: percentile(all, 50), p99: percentile(all, 99) },
    byBasis,
    ratios: { serverP99To5Ms: Number((percentile(all, 99) / 5).toFixed(3)) },
  };
  console.log(JSON.stringify(figures, null, 2));
  console.log(figures.ratios.serverP99To5Ms < 1 && failures === 0 ? "bench:lookup: target met" : "bench:lookup: TARGET MISSED");
} finally {
  await web.stop();
  await closeDb();
  await database.cleanup();
}
