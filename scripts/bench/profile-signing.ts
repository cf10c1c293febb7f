/**
 * Profiling: where the web process spends CPU per signature that it does not spend on the bare
 * one-INSERT route (npm run bench:signing's yardstick). Starts the production server twice under
 * `--cpu-prof`, drives one route per run with the same load, and prints self time per request by
 * function and by package, signing minus bare. Not a benchmark: the profiler itself costs time.
 *
 * PROFILE_REQUESTS (default 6,000) and PROFILE_CONNECTIONS (default 16) shape each run.
 */
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { closeDb, db } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { buildIfNeeded } from "../lib/build";
import { startChild, waitForHttp } from "../lib/children";
import { webArgs } from "../lib/web-command";
import { benchEnvironment } from "./bench-environment";
import { load } from "./load";
import { byPackage, compare, perRequest, selfTimes } from "./profile-summary";

const root = path.resolve(import.meta.dirname, "../..");
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 6_000);
const CONNECTIONS = Number(process.env.PROFILE_CONNECTIONS ?? 16);

const { database, port, serverEnv } = await benchEnvironment({ CHORUS_BENCH_ROUTES: "1" });
const base = `http://127.0.0.1:${port}`;
let n = 0;
const routes = {
  sign: { url: `${base}/api/campaigns/${demoCampaign.slug}/signatures`, body: () => JSON.stringify({ name: "Bench Signer", email: `profile-${n++}@example.org`, postalCode: "K1A 0A6", locale: "en", subscribe: n % 2 === 0 }) },
  bare: { url: `${base}/api/bench/insert`, body: () => JSON.stringify({ name: "Bench Signer", email: `bare-${n++}@example.org` }) },
};

/** One server, one route: warm up, then the profiled load; the profile is written when it exits. */
async function profile(route: keyof typeof routes): Promise<{ file: string; rps: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), `chorus-prof-${route}-`));
  const args = webArgs(root, "start", port);
  const server = startChild(route, process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, ...args], { cwd: root, env: serverEnv });
  try {
    await waitForHttp(`${base}/api/health`, 60_000, () => server.process.exitCode === null);
    const { url, body } = routes[route];
    await load({ url, connections: CONNECTIONS, requests: 1_500, method: "POST", body });
    const run = await load({ url, connections: CONNECTIONS, requests: REQUESTS, method: "POST", body });
    if (run.errors > 0) throw new Error(`${route}: ${run.errors} errors`);
    await server.stop();
    const [file] = readdirSync(dir).filter((name) => name.endsWith(".cpuprofile"));
    if (!file) throw new Error(`no profile written in ${dir}`);
    return { file: path.join(dir, file), rps: run.requestsPerSecond };
  } finally {
    await server.stop();
  }
}

try {
  await migrateDatabase(database.url);
  await seedDemo(db());
  buildIfNeeded(root, serverEnv);
  const sign = await profile("sign");
  const bare = await profile("bare");
  // Warm-up requests are in the profile too: count them.
  const requests = REQUESTS + 1_500;
  const signTimes = selfTimes(sign.file);
  const bareTimes = selfTimes(bare.file);
  console.log(JSON.stringify({ profiles: { sign: sign.file, bare: bare.file }, requestsPerSecond: { sign: sign.rps, bare: bare.rps }, selfUsPerRequest: { sign: perRequest(signTimes, requests), bare: perRequest(bareTimes, requests) } }, null, 2));
  console.log("\nBy package, µs per request (signing − bare):");
  console.table(compare(byPackage(signTimes), requests, byPackage(bareTimes), requests, 15));
  console.log("\nBy function, µs per request (signing − bare):");
  console.table(compare(signTimes, requests, bareTimes, requests, Number(process.env.PROFILE_TOP ?? 40)));
} finally {
  await closeDb();
  await database.cleanup();
}
