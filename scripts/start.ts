/**
 * npm start — runs Chorus: PostgreSQL (embedded in .data/ unless DATABASE_URL is set), migrations,
 * the demo seed on first run, a production build when the sources changed, then the web server
 * and the worker. Ctrl-C or SIGTERM stops all of it, the database last.
 * npm run dev — the same with `next dev` and a worker that restarts on change.
 */
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { demoAdminEmail } from "@/db/seed/content";
import { seedFirstRun } from "@/db/seed/first-run";
import { isSeeded } from "@/db/seed/seed-demo";
import { EnvError, parseEnv, type Env } from "@/lib/env";
import { loadDotEnv } from "@/lib/load-dotenv";
import { buildIfNeeded } from "./lib/build";
import { startChild, waitForHttp, type Child } from "./lib/children";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./lib/embedded-postgres";
import { acquireRunLock, localAuthSecret } from "./lib/local-state";
import { webArgs } from "./lib/web-command";
import { workerArgs } from "./lib/worker-command";

const root = path.resolve(import.meta.dirname, "..");
// CHORUS_DATA_DIR lets tests run a second, throw-away instance beside a developer's own.
const dataDir = path.resolve(root, process.env.CHORUS_DATA_DIR ?? ".data");
const dev = process.argv.includes("--dev");
process.chdir(root);
loadDotEnv();

let pg: EmbeddedPostgres | undefined;
let releaseLock: (() => void) | undefined;
const children: Child[] = [];
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (children.length > 0) console.log("\nStopping Chorus…");
    await Promise.all(children.map((child) => child.stop()));
    await pg?.stop();
    rmSync(path.join(dataDir, "database-url"), { force: true });
    releaseLock?.();
  }
  process.exit(code);
}
process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

async function prepareDatabase(): Promise<{ url: string; embedded: boolean }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false };
  pg = await startEmbeddedPostgres({
    dataDir: path.join(dataDir, "postgres"),
    logFile: path.join(dataDir, "postgres.log"),
    preferredPort: 54329,
  });
  await pg.createDatabase("chorus");
  // For npm run db:seed / admin:create run beside this process (see lib/load-dotenv.ts).
  writeFileSync(path.join(dataDir, "database-url"), pg.url("chorus"), { mode: 0o600 });
  return { url: pg.url("chorus"), embedded: true };
}

function banner(env: Env, embedded: boolean, seeded: boolean): string {
  const lines = [
    "",
    `Chorus is running at ${env.APP_URL}   (${dev ? "development" : "production build"})`,
    "",
    seeded
      ? `  Organiser sign-in: open ${env.APP_URL}/en/admin and enter ${demoAdminEmail} (the demo admin).`
      : "  Organiser sign-in: create the first admin with:  npm run admin:create -- you@example.org",
    env.MAIL_LOCAL
      ? "  Outgoing mail: no RESEND_API_KEY, so nothing leaves this machine. Every email is kept in the local outbox\n" +
        `                 (organiser panel › Email${dev ? `, or ${env.APP_URL}/en/dev/mailbox` : ""}), and sign-in links are printed here.`
      : `  Outgoing mail: sent through Resend${env.RESEND_BASE_URL ? ` at ${env.RESEND_BASE_URL}` : ""} from ${env.MAIL_FROM}.`,
    embedded
      ? `  Database: embedded PostgreSQL on 127.0.0.1:${pg?.port}, data in ${path.relative(root, dataDir) || "."}/postgres.`
      : "  Database: DATABASE_URL.",
    "",
    "Press Ctrl-C to stop.",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  releaseLock = acquireRunLock(dataDir);
  const { url, embedded } = await prepareDatabase();
  const local = embedded || dev;
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: dev ? "development" : "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET || (local ? localAuthSecret(dataDir) : undefined),
    CHORUS_SUPERVISOR_PID: String(process.pid),
  };
  const env = parseEnv(childEnv);

  await migrateDatabase(url);
  let seeded = false;
  if (embedded) {
    const { sql, db } = connect(url, { max: 1 });
    try {
      if (!(await isSeeded(db))) await seedFirstRun(db, { directoryDir: env.DIRECTORY_DATA_DIR, findingsDir: env.FINDINGS_DATA_DIR });
      seeded = true;
    } finally {
      await sql.end({ timeout: 5 });
    }
  }

  if (!dev && buildIfNeeded(root, childEnv)) console.log("Built the web app.");
  const web = startChild("web", process.execPath, webArgs(root, dev ? "dev" : "start", env.PORT), { cwd: root, env: childEnv });
  const worker = startChild("worker", process.execPath, workerArgs({ watch: dev }), { cwd: root, env: childEnv });
  children.push(web, worker);
  for (const child of children) {
    child.process.once("exit", (code, signal) => {
      if (stopping) return;
      console.error(`[${child.name}] exited unexpectedly (${signal ?? `code ${code}`}); stopping everything.`);
      void shutdown(1);
    });
  }

  await waitForHttp(`http://127.0.0.1:${env.PORT}/api/health`, 120_000, () => web.process.exitCode === null);
  console.log(banner(env, embedded, seeded));
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  void shutdown(1);
});
