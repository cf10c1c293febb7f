/**
 * npm start — runs Chorus: PostgreSQL (embedded in .data/ unless DATABASE_URL is set), migrations,
 * the demo seed on first run, a production build when the sources changed, then the web server
 * and the worker. Ctrl-C or SIGTERM stops all of it, the database last.
 * npm run dev — the same with `next dev` and a worker that restarts on change.
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { demoAdminEmail } from "@/db/seed/content";
import { finishFirstRun, seedFirstRun } from "./seed/first-run";
import { isSeeded } from "@/db/seed/seed-demo";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { isLoopbackHost } from "@/lib/http/loopback";
import { localizedPath } from "@/lib/i18n/localized-path";
import { loadDotEnv } from "@/lib/load-dotenv";
import { localMailboxEnabled } from "@/server/mail/local-mailbox";
import { startBuildIfNeeded } from "./lib/build";
import { keepRunning, startChild, waitForHttp } from "./lib/children";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { acquireRunLock, localAuthSecret } from "./lib/local-state";
import { Supervisor } from "./lib/supervisor";
import { probeOrigin, webArgs } from "./lib/web-command";
import { workerArgs } from "./lib/worker-command";

const root = path.resolve(import.meta.dirname, "..");
// CHORUS_DATA_DIR lets tests run a second, throw-away instance beside a developer's own.
const dataDir = path.resolve(root, process.env.CHORUS_DATA_DIR ?? ".data");
const dev = process.argv.includes("--dev");
// Web and worker get this long to stop before they are killed: a Ctrl-C is over within ten
// seconds, and a job cut short is retried (jobs are at-least-once, every send idempotent).
const STOP_GRACE_MS = 6_000;
process.chdir(root);
loadDotEnv();

const supervisor = new Supervisor(() => console.log("\nStopping Chorus…"));
let pg: EmbeddedPostgres | undefined;
// Terminal gone (SIGHUP): what is left to print goes nowhere, and must not stop the stop.
for (const stream of [process.stdout, process.stderr]) stream.on("error", () => undefined);

async function prepareDatabase(): Promise<{ url: string; embedded: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false };
  pg = await supervisor.own(() =>
    startEmbeddedPostgres({
      dataDir: path.join(dataDir, "postgres"),
      logFile: path.join(dataDir, "postgres.log"),
      preferredPort: 54329,
    }),
  );
  await supervisor.run(() => pg?.createDatabase("chorus"));
  // For npm run db:seed / admin:create run beside this process (see lib/load-dotenv.ts).
  const urlFile = path.join(dataDir, "database-url");
  await supervisor.own(() => {
    writeFileSync(urlFile, pg!.url("chorus"), { mode: 0o600 });
    return { stop: () => rmSync(urlFile, { force: true }) };
  });
  return { url: pg.url("chorus"), embedded: true };
}

async function seedOnFirstRun(url: string, env: Env, embedded: boolean): Promise<boolean> {
  let seeded = false;
  if (embedded) {
    const { sql, db } = connect(url, { max: 1 });
    try {
      const sources = { directoryDir: env.DIRECTORY_DATA_DIR, findingsDir: env.FINDINGS_DATA_DIR };
      // Written once the first run's data is all in: a run stopped before that is finished by the next.
      const done = path.join(dataDir, "first-run-complete");
      if (!(await isSeeded(db))) await seedFirstRun(db, sources);
      else if (!existsSync(done)) await finishFirstRun(db, sources);
      writeFileSync(done, `${new Date().toISOString()}\n`);
      seeded = true;
    } finally {
      await sql.end({ timeout: 5 });
    }
  }
  return seeded;
}

function banner(env: Env, embedded: boolean, seeded: boolean): string {
  const mailbox = localMailboxEnabled(env) ? `${env.APP_URL}${localizedPath("en", "/mailbox")}` : undefined;
  const lines = [
    "",
    `Chorus is running at ${env.APP_URL}   (${dev ? "development" : "production build"})`,
    "",
    isLoopbackHost(env.HOSTNAME) ? "  Listening on this machine only (set HOSTNAME=0.0.0.0 to open it to your network)." : `  Listening on ${env.HOSTNAME}: reachable from other machines.`,
    seeded ? `  Organiser sign-in: open ${env.APP_URL}/en/admin and enter ${demoAdminEmail} (the demo admin).` : "  Organiser sign-in: create the first admin with:  npm run admin:create -- you@example.org",
    env.MAIL_LOCAL
      ? "  Outgoing mail: no RESEND_API_KEY, so nothing leaves this machine. Every email is kept in the local outbox\n" +
        "                 (organiser panel › Email), and sign-in links are printed here." +
        (mailbox ? `\n                 Supporters' emails, without signing in: ${mailbox}` : "")
      : `  Outgoing mail: sent through Resend${env.RESEND_BASE_URL ? ` at ${env.RESEND_BASE_URL}` : ""} from ${env.MAIL_FROM}.`,
    env.REPRESENT_URL === "off" ? "  Postal codes: looked up in the local directory only (REPRESENT_URL asks Open North's Represent too)." : `  Postal codes: the local directory, then ${env.REPRESENT_URL} for codes it cannot place.`,
    embedded ? `  Database: embedded PostgreSQL on 127.0.0.1:${pg?.port}, data in ${path.relative(root, dataDir) || "."}/postgres.` : "  Database: DATABASE_URL.",
    "",
    "Press Ctrl-C to stop.",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  await supervisor.own(() => ({ stop: acquireRunLock(dataDir) }));
  const { url, embedded } = await prepareDatabase();
  const local = embedded || dev;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET || (local ? localAuthSecret(dataDir) : undefined),
    // This machine only, unless told otherwise: a first try of Chorus is not a server on the network.
    HOSTNAME: process.env.HOSTNAME || "localhost",
    // The demo on one's own machine (embedded database, or npm run dev) keeps mail in the local
    // outbox on purpose when there is no Resend key. A production server on a database of its own
    // gets no such default: without a key it refuses to start (lib/env.ts).
    ...(local && !process.env.RESEND_API_KEY && !process.env.MAIL_LOCAL ? { MAIL_LOCAL: "1" } : {}),
    CHORUS_SUPERVISOR_PID: String(process.pid),
  };
  const env = parseEnv(childEnv);
  const hostname = env.HOSTNAME ?? "localhost";

  // Migrations bypass PgBouncer when a direct URL is given (docs/database-pooling.md).
  await supervisor.run(() => migrateDatabase(env.DATABASE_DIRECT_URL ?? url, { pooled: !env.DATABASE_DIRECT_URL && env.DATABASE_POOLED === "1" }));
  const seeded = await supervisor.run(() => seedOnFirstRun(url, env, embedded));

  if (!dev) {
    // Not a step to wait for: a stop ends a build in progress at once.
    const build = await supervisor.own(() => startBuildIfNeeded(root, childEnv));
    if (await build.done) console.log("Built the web app.");
  }
  // A crashed web or worker is started again (with a growing pause), not a reason to stop the rest.
  await supervisor.own(() => {
    const options = { cwd: root, env: childEnv, ownGroup: true, graceMs: STOP_GRACE_MS };
    const stopping = () => supervisor.stopping;
    const services = {
      web: keepRunning("web", () => startChild("web", process.execPath, webArgs(root, dev ? "dev" : "start", env.PORT, hostname), options), stopping),
      worker: keepRunning("worker", () => startChild("worker", process.execPath, workerArgs({ watch: dev }), options), stopping),
    };
    return { ...services, stop: async () => void (await Promise.all([services.web.stop(), services.worker.stop()])) };
  });

  const origin = await probeOrigin(hostname, env.PORT);
  await waitForHttp(`${origin}/api/health`, 120_000, () => !supervisor.stopping);
  console.log(banner(env, embedded, seeded));
}

main().catch((error: unknown) => {
  // A stop during start-up ends what was starting; its errors are the stop's, not news.
  if (!supervisor.stopping) console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  void supervisor.shutdown(1);
});
