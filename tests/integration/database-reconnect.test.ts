import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/db/client";
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
    for (const end = Date.now() + 12_000; Date.now() < end; ) {
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
});
