import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { assertLocalDatabase } from "@/tests/support/assert-local-database";
import { startEmbeddedPostgres } from "./embedded-postgres";

export type TestDatabase = { url: string; description: string; cleanup(): Promise<void> };

/** The URL of another database on the same server. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url.replace(/^postgres(ql)?:/, "http:"));
  parsed.pathname = `/${database}`;
  return parsed.toString().replace(/^http:/, "postgres:");
}

/**
 * A brand-new, empty database for one test run: on the server named by TEST_DATABASE_URL or
 * DATABASE_URL (local only), else on a throw-away embedded PostgreSQL. cleanup() removes it all.
 */
export async function provisionTestDatabase(base: string | undefined): Promise<TestDatabase> {
  const name = `chorus_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  if (base) {
    assertLocalDatabase(base);
    const admin = postgres(base, { max: 1, onnotice: () => undefined });
    try {
      await admin`create database ${admin(name)}`;
    } finally {
      await admin.end({ timeout: 5 });
    }
    return {
      url: withDatabase(base, name),
      description: `database ${name} on ${new URL(base.replace(/^postgres(ql)?:/, "http:")).host}`,
      async cleanup() {
        const sql = postgres(base, { max: 1, onnotice: () => undefined });
        await sql`drop database if exists ${sql(name)} with (force)`.finally(() => sql.end({ timeout: 5 }));
      },
    };
  }
  const scratch = mkdtempSync(path.join(tmpdir(), "chorus-test-pg-"));
  // The embedded server may run as the OS user "postgres", which must be able to enter here.
  chmodSync(scratch, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(scratch, "data"), logFile: path.join(scratch, "postgres.log") });
  await pg.createDatabase(name);
  return {
    url: pg.url(name),
    description: `embedded PostgreSQL on 127.0.0.1:${pg.port} (${scratch})`,
    async cleanup() {
      await pg.stop();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}
