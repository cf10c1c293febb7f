import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { connect, db } from "@/db/client";
import { runInTransaction as transaction } from "@/db/transaction";
import { isDatabaseUnavailable } from "@/lib/outage/database-unavailable";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";

/*
 * The process-wide pool, through a proxy that takes the database away: queries fail fast while it
 * is gone (a request can answer 503 at once), and work again within a second or two of its return.
 */

let proxy: TcpProxy;
let pool: ReturnType<typeof connect>;

beforeAll(async () => {
  const target = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  pool = connect(proxy.url(process.env.DATABASE_URL!), { max: 2 });
});

afterAll(async () => {
  await pool?.sql.end({ timeout: 1 });
  await proxy?.close();
});

async function timed(): Promise<{ ok: boolean; ms: number }> {
  const started = Date.now();
  try {
    await pool.sql`select 1`;
    return { ok: true, ms: Date.now() - started };
  } catch {
    return { ok: false, ms: Date.now() - started };
  }
}

describe("the database pool, when the database goes away for a while", () => {
  it("fails fast during the outage and is back within two seconds of the restore", async () => {
    expect((await timed()).ok).toBe(true);
    proxy.cut();
    const during: { ok: boolean; ms: number }[] = [];
    for (const end = Date.now() + 12_000; Date.now() < end;) {
      during.push(await timed());
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(during.every((attempt) => !attempt.ok)).toBe(true);
    expect(Math.max(...during.map((attempt) => attempt.ms))).toBeLessThan(2_000);

    proxy.restore();
    const restoredAt = Date.now();
    let back = await timed();
    while (!back.ok && Date.now() - restoredAt < 10_000) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      back = await timed();
    }
    expect(back.ok).toBe(true);
    expect(Date.now() - restoredAt).toBeLessThan(2_000);
  }, 40_000);

  it("a transaction during the outage is refused within seconds, and one that starts late does nothing", async () => {
    // This process's own pool, through the proxy, as the web server's is.
    const slot = globalThis as typeof globalThis & { chorusDb?: ReturnType<typeof connect>; chorusSender?: unknown };
    const direct = slot.chorusDb ?? (db(), slot.chorusDb);
    slot.chorusDb = pool;
    slot.chorusSender = undefined;
    const marker = randomUUID();
    const enqueue = () => transaction(async ({ enqueue }) => enqueue("purge-expired-auth", { marker }));
    try {
      // Several connections open, as in a busy web process.
      await Promise.all([enqueue(), pool.sql`select 1`, pool.sql.begin((tx) => tx`select 1`)]);
      proxy.cut();
      for (let i = 0; i < 4; i++) {
        await pool.sql`select 1`.catch(() => undefined);
        const started = Date.now();
        const error = await enqueue().then(
          () => null,
          (caught: unknown) => caught,
        );
        expect(isDatabaseUnavailable(error)).toBe(true);
        expect(Date.now() - started).toBeLessThan(5_000);
      }
      proxy.restore();
      const restoredAt = Date.now();
      for (;;) {
        const ok = await enqueue().then(
          () => true,
          () => false,
        );
        if (ok) break;
        expect(Date.now() - restoredAt).toBeLessThan(5_000);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      // Give a BEGIN left waiting during the cut the time to get through: it must not add a job.
      await new Promise((resolve) => setTimeout(resolve, 2_000));
    } finally {
      slot.chorusDb = direct;
      slot.chorusSender = undefined;
    }
    const [row] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'purge-expired-auth' and data->>'marker' = ${marker}`);
    expect(row?.n).toBe(2);
  }, 60_000);
});
