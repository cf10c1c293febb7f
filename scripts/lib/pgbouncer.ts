import { spawn } from "node:child_process";
import { chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { assertTraversable, postgresRunAs } from "./os-user";
import { pickPort } from "./ports";

/*
 * A real PgBouncer for tests and benchmarks, configured from the recipe's own
 * deploy/pgbouncer/pgbouncer.ini so that what we test is what we ship: only where it listens, where
 * its files go, its upstream and its authentication change (the lines the file marks "loopback
 * override"), plus whatever a test tightens on purpose (e.g. a pool of 2 to make transactions hop).
 */

const RECIPE = path.join(import.meta.dirname, "..", "..", "deploy", "pgbouncer", "pgbouncer.ini");
const CANDIDATES = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer", "/usr/local/bin/pgbouncer"];
const ADMIN_USER = "postgres";

/** Where the pgbouncer binary is, or undefined when it is not installed. */
export function findPgBouncer(): string | undefined {
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

export type PgBouncerOptions = {
  upstreamHost: string;
  upstreamPort: number;
  /** Holds the rendered config, pid and log; a fresh temporary directory (removed on stop) by default. */
  dir?: string;
  port?: number;
  /** Roles clients may connect as (trust still wants them listed); the admin role is always there. */
  users?: string[];
  /**
   * The upstream's password for those roles, when it asks for one (an embedded test server does):
   * PgBouncer logs in to PostgreSQL with the password its userlist gives the role.
   */
  upstreamPassword?: string;
  /** [pgbouncer] settings to change beyond the loopback overrides, e.g. { default_pool_size: 2 }. */
  settings?: Record<string, string | number>;
};

export type PgBouncer = {
  port: number;
  dir: string;
  /** A client URL through PgBouncer to the upstream database of that name. */
  url(database: string, user?: string): string;
  /** PAUSE: waits for running transactions, then holds new ones until resume (admin console). */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /** The admin console's SHOW <what> (POOLS, STATS, SERVERS …) as rows. */
  show(what: string): Promise<Record<string, unknown>[]>;
  stop(): Promise<void>;
};

/** The recipe with `overrides` replacing (or adding) [pgbouncer] keys and `databases` replacing its [databases] section. */
export function renderConfig(recipe: string, databases: string, overrides: Record<string, string | number>): string {
  const pending = new Map(Object.entries(overrides).map(([key, value]) => [key, String(value)]));
  let section = "";
  const out: string[] = [];
  for (const line of recipe.split("\n")) {
    const header = /^\s*\[(\w+)\]\s*$/.exec(line);
    if (header) {
      if (section === "pgbouncer") for (const [key, value] of pending) out.push(`${key} = ${value}`);
      section = header[1] ?? "";
      out.push(line);
      if (section === "databases") out.push(databases);
      continue;
    }
    const key = /^\s*([a-z_]+)\s*=/.exec(line)?.[1];
    // The recipe's upstream entries give way to ours (comments and blank lines stay).
    if (section === "databases" && /^\s*[^;#\s]/.test(line)) continue;
    if (section === "pgbouncer" && key && pending.has(key)) {
      out.push(`${key} = ${pending.get(key)}`);
      pending.delete(key);
      continue;
    }
    out.push(line);
  }
  if (section === "pgbouncer") for (const [key, value] of pending) out.push(`${key} = ${value}`);
  return out.join("\n") + "\n";
}

function lastLines(file: string): string {
  return existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").slice(-8).join("\n") : "(no log)";
}

/** Starts PgBouncer on 127.0.0.1 in front of upstreamHost:upstreamPort and waits until it accepts connections. */
export async function startPgBouncer(options: PgBouncerOptions): Promise<PgBouncer> {
  const binary = findPgBouncer();
  if (!binary) throw new Error(`PgBouncer is not installed (looked for ${CANDIDATES.join(", ")}). On Debian or Ubuntu: apt-get install pgbouncer`);
  const ownDir = !options.dir;
  const dir = path.resolve(options.dir ?? mkdtempSync(path.join(os.tmpdir(), "chorus-pgbouncer-")));
  // PgBouncer refuses to run as root: as root we run it as the OS user postgres, like PostgreSQL.
  const runAs = postgresRunAs();
  mkdirSync(dir, { recursive: true });
  if (runAs) chownSync(dir, runAs.uid, runAs.gid);
  assertTraversable(path.join(dir, "pgbouncer.ini"), runAs);
  const port = await pickPort(options.port);
  const logFile = path.join(dir, "pgbouncer.log");
  const users = [...new Set([ADMIN_USER, ...(options.users ?? [])])];
  const secret = (options.upstreamPassword ?? "").replaceAll('"', '""');
  writeFileSync(path.join(dir, "userlist.txt"), users.map((user) => `"${user}" "${secret}"`).join("\n") + "\n");
  const config = renderConfig(readFileSync(RECIPE, "utf8"), `* = host=${options.upstreamHost} port=${options.upstreamPort}`, {
    ...options.settings,
    listen_addr: "127.0.0.1",
    listen_port: port,
    unix_socket_dir: dir,
    pidfile: path.join(dir, "pgbouncer.pid"),
    logfile: logFile,
    // Loopback only, in front of a test server that trusts loopback too.
    auth_type: "trust",
    auth_file: path.join(dir, "userlist.txt"),
  });
  const configFile = path.join(dir, "pgbouncer.ini");
  writeFileSync(configFile, config);
  if (runAs) for (const file of [configFile, path.join(dir, "userlist.txt")]) chownSync(file, runAs.uid, runAs.gid);

  // Own process group: a terminal's Ctrl-C reaches the supervisor, which stops us after its clients.
  const child = spawn(binary, [configFile], { detached: true, stdio: ["ignore", "ignore", "pipe"], ...(runAs ?? {}) });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const running = () => child.exitCode === null && child.signalCode === null;

  const url = (database: string, user = ADMIN_USER) => `postgres://${encodeURIComponent(user)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  // The admin console speaks only the simple query protocol.
  const admin = async (command: string): Promise<Record<string, unknown>[]> => {
    const sql = postgres(url("pgbouncer"), { max: 1, connect_timeout: 2, prepare: false, fetch_types: false, onnotice: () => undefined });
    try {
      return [...(await sql.unsafe(command).simple())] as Record<string, unknown>[];
    } finally {
      await sql.end({ timeout: 1 }).catch(() => undefined);
    }
  };

  const stop = async () => {
    if (running()) {
      // SIGTERM: immediate shutdown (SIGINT would wait for every client to leave first).
      const escalate = setTimeout(() => child.kill("SIGKILL"), 5_000);
      child.kill("SIGTERM");
      await exited;
      clearTimeout(escalate);
    }
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (!running()) {
      await stop();
      throw new Error(`PgBouncer exited during start-up:\n${stderr.trim() || lastLines(logFile)}`);
    }
    try {
      await admin("SHOW VERSION");
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`PgBouncer did not accept connections within 15 s:\n${lastLines(logFile)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  return {
    port,
    dir,
    url,
    pause: async () => void (await admin("PAUSE")),
    resume: async () => void (await admin("RESUME")),
    show: (what) => admin(`SHOW ${what.replace(/[^A-Za-z_]/g, "")}`),
    stop,
  };
}
