import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/embedded-postgres";

export type ClusterDatabase = {
  port: number;
  password: string;
  url(database: string): string;
  /** A fast shutdown (SIGINT, as pg_ctl stop -m fast) and a start on the same port and data. */
  restart(): Promise<{ downAt: number; upAt: number }>;
  /** The server's own lines that report a problem (FATAL, ERROR, PANIC, WARNING), the last `max`. */
  problems(max?: number): string[];
  stop(): Promise<void>;
};

/**
 * A private PostgreSQL (never the shared server): the cluster test restarts it mid-run. Its data
 * lives in a temporary directory, removed at the end.
 */
export async function startClusterDatabase(): Promise<ClusterDatabase> {
  const dir = mkdtempSync(path.join(tmpdir(), "chorus-cluster-pg-"));
  // The server runs as the OS user postgres when we are root; it must enter this directory.
  chmodSync(dir, 0o755);
  const options = { dataDir: path.join(dir, "data"), logFile: path.join(dir, "postgres.log") };
  let server: EmbeddedPostgres = await startEmbeddedPostgres(options);
  // Loopback clients are trusted, as PgBouncer's test setup expects of its upstream (it passes no
  // password on): initialised, then started again with that rule.
  writeFileSync(path.join(options.dataDir, "pg_hba.conf"), "host all all 127.0.0.1/32 trust\n");
  await server.stop();
  server = await startEmbeddedPostgres(options);
  const port = server.port;
  const password = new URL(server.url("postgres")).password;
  return {
    port,
    password: decodeURIComponent(password),
    url: (database) => server.url(database),
    async restart() {
      const downAt = Date.now();
      await server.stop();
      server = await startEmbeddedPostgres({ ...options, preferredPort: port });
      if (server.port !== port) throw new Error(`PostgreSQL came back on port ${server.port}, not ${port}`);
      return { downAt, upAt: Date.now() };
    },
    problems(max = 40) {
      const lines = readFileSync(options.logFile, "utf8").split("\n");
      return lines.filter((line) => /\b(FATAL|ERROR|PANIC|WARNING):/.test(line)).slice(-max);
    },
    async stop() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
