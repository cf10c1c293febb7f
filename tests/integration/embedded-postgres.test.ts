import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";

const scratch = mkdtempSync(path.join(tmpdir(), "chorus-embedded-test-"));
chmodSync(scratch, 0o755);
const dataDir = path.join(scratch, "pg");
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Starts the cluster in a child process that then dies by SIGKILL, as a killed `npm start` would. */
function startAndGetKilled(): Promise<number> {
  const script = `
    import { startEmbeddedPostgres } from ${JSON.stringify(path.resolve("scripts/lib/embedded-postgres.ts"))};
    const pg = await startEmbeddedPostgres({ dataDir: ${JSON.stringify(dataDir)}, logFile: ${JSON.stringify(path.join(scratch, "pg.log"))} });
    console.log(pg.pid);
    process.kill(process.pid, "SIGKILL");
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.once("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(Number(out.trim())) : reject(new Error(`child ended with ${signal}`))));
  });
}

describe("embedded PostgreSQL", () => {
  it("recovers from a run that was killed and left its server behind", async () => {
    const orphan = await startAndGetKilled();
    expect(() => process.kill(orphan, 0)).not.toThrow();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);

    const notices: string[] = [];
    const pg = await startEmbeddedPostgres({ dataDir, logFile: path.join(scratch, "pg.log"), onNotice: (m) => notices.push(m) });
    try {
      expect(notices.join("\n")).toMatch(new RegExp(`Stopping a PostgreSQL \\(pid ${orphan}\\) left running`));
      expect(() => process.kill(orphan, 0)).toThrow();
      await pg.createDatabase("kept");
      const sql = postgres(pg.url("kept"), { max: 1 });
      expect((await sql`select 1 + 1 as two`)[0]?.two).toBe(2);
      await sql.end();
    } finally {
      await pg.stop();
    }
    expect(() => process.kill(pg.pid, 0)).toThrow();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  }, 90_000);

  it("keeps its data across restarts", async () => {
    const first = await startEmbeddedPostgres({ dataDir, logFile: path.join(scratch, "pg.log") });
    const url = first.url("kept");
    const a = postgres(url, { max: 1 });
    await a`create table if not exists notes (body text)`;
    await a`insert into notes values ('still here')`;
    await a.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir, logFile: path.join(scratch, "pg.log") });
    const b = postgres(second.url("kept"), { max: 1 });
    try {
      expect((await b`select body from notes`).map((row) => row.body)).toContain("still here");
    } finally {
      await b.end();
      await second.stop();
    }
    expect(readFileSync(path.join(scratch, "pg.log"), "utf8")).toMatch(/database system is shut down/);
  }, 90_000);
});
