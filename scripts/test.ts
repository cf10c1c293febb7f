/**
 * npm test — the whole suite, in order: lint, formatting, typecheck, schema/migration agreement, unit tests,
 * then (on a fresh database of its own) integration tests, the production build, the browser
 * tests and the cluster test (its own PostgreSQL, PgBouncer and nginx, on that build). Every step
 * runs even if an earlier one failed, so one run shows everything that is wrong.
 * Ends with one line "N passed, N failed"; exits non-zero on any failure.
 *   npm test -- unit integration     runs only the named steps
 *   npm test -- cluster              only the production shape with faults (on the build)
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrateDatabase } from "@/db/migrate";
import { pickPort } from "./lib/ports";
import { runCheck, runSuite, type StepResult } from "./lib/test-steps";
import { provisionTestDatabase, type TestDatabase } from "./lib/test-database";

const root = path.resolve(import.meta.dirname, "..");
const resultsDir = path.join(root, "test-results");
mkdirSync(resultsDir, { recursive: true });
const only = new Set(process.argv.slice(2));
const wanted = (step: string) => only.size === 0 || only.has(step);
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined;
}

// What the steps see: never the developer's own mail settings, always a test secret.
const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: randomBytes(32).toString("base64url") };
for (const key of ["RESEND_API_KEY", "RESEND_BASE_URL", "RESEND_WEBHOOK_SECRET", "MAIL_FROM", "APP_URL", "PORT"]) delete baseEnv[key];
const chromium = chromiumPath();
if (chromium) baseEnv.CHROMIUM_PATH = chromium;

const results: StepResult[] = [];
let database: TestDatabase | undefined;

async function cleanup() {
  await database?.cleanup().catch((error: unknown) => console.error("Could not remove the test database:", error));
  database = undefined;
}
process.on("SIGINT", () => void cleanup().then(() => process.exit(130)));
process.on("SIGTERM", () => void cleanup().then(() => process.exit(143)));

/**
 * The checks that need no database, then the build: one at a time, each printed when it ends, all
 * beside the integration tests (which mostly wait on timers and child processes), so the suite takes
 * the longer of the two lanes rather than their sum.
 */
async function checksAndBuild(env: NodeJS.ProcessEnv, buffered: boolean): Promise<StepResult[]> {
  const steps: StepResult[] = [];
  const options = { buffered };
  if (wanted("lint")) steps.push(await runCheck("lint", bin("eslint"), ["--max-warnings=0", "."], env, options));
  if (wanted("format")) steps.push(await runCheck("format", bin("prettier"), ["--check", "."], env, options));
  if (wanted("typecheck")) steps.push(await runCheck("typecheck", bin("tsc"), ["--noEmit"], env, options));
  if (wanted("migrations")) steps.push(await runCheck("migrations", bin("tsx"), ["scripts/check-migrations.ts"], env, options));
  if (wanted("unit")) steps.push(await runSuite("unit", "vitest", ["--project", "unit"], env, resultsDir, options));
  // The browser and cluster steps run on this build.
  if (wanted("browser") || wanted("cluster")) steps.push(await runCheck("build", bin("tsx"), ["scripts/build-if-needed.ts"], env, options));
  return steps;
}

async function main() {
  const env = { ...baseEnv, DATABASE_URL: "postgres://unused@127.0.0.1/unused" };
  const needsDatabase = ["integration", "browser", "cluster"].some(wanted);
  if (!needsDatabase) return void results.push(...(await checksAndBuild(env, false)));

  database = await provisionTestDatabase(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
  console.log(`\nTest database: ${database.description}`);
  await migrateDatabase(database.url);
  const dbEnv = { ...baseEnv, DATABASE_URL: database.url };

  const integration = wanted("integration") ? runSuite("integration", "vitest", ["--project", "integration"], dbEnv, resultsDir) : undefined;
  const [checks, integrationResult] = await Promise.all([checksAndBuild(env, integration !== undefined), integration]);
  results.push(...checks);
  if (integrationResult) results.push(integrationResult);
  const built = !checks.some((step) => step.name === "build" && step.failed > 0);

  if (wanted("browser") && built) {
    const ports = new Set<number>();
    while (ports.size < 3) ports.add(await pickPort());
    const [web, stub, workerHealth] = [...ports].map(String);
    const browserEnv = { ...dbEnv, E2E_WEB_PORT: web, E2E_STUB_PORT: stub, E2E_WORKER_HEALTH_PORT: workerHealth };
    // E2E_FILES=admin-access,admin-journey runs only those spec files (while working on them).
    const files = (process.env.E2E_FILES ?? "").split(",").filter(Boolean);
    results.push(await runSuite("browser", "playwright", files, browserEnv, resultsDir));
  }
  // The production shape with faults (scripts/cluster/cluster-test.ts), on the same build; it runs
  // its own PostgreSQL, PgBouncer and nginx.
  if (wanted("cluster") && built) results.push(await runCheck("cluster", bin("tsx"), ["scripts/cluster/cluster-test.ts"], baseEnv));
}

try {
  await main();
} catch (error) {
  console.error(error);
  results.push({ name: "test harness", passed: 0, failed: 1, seconds: 0 });
} finally {
  await cleanup();
}

const passed = results.reduce((sum, step) => sum + step.passed, 0);
const failed = results.reduce((sum, step) => sum + step.failed, 0);
console.log("\nSummary");
for (const step of results) {
  console.log(`  ${step.failed ? "✘" : "✔"} ${step.name.padEnd(12)} ${step.passed} passed, ${step.failed} failed  (${step.seconds.toFixed(1)} s)`);
  // CI keeps only the end of the output: the failing tests' names must be there, not only above.
  for (const failure of step.failures ?? []) console.log(`      ✘ ${failure}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(resultsDir, "summary.txt"), `${summary}\n`);
console.log(summary);
process.exit(failed > 0 || results.length === 0 ? 1 : 0);
