import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connect } from "@/db/client";
import { migrateDatabase } from "@/db/migrate";
import { createSenderBoss, createWorkerBoss } from "@/db/queue/boss";
import { env } from "@/lib/env";
import type { PgBouncer } from "../../scripts/lib/pgbouncer";
import { pgBouncerInFront, throughPgBouncer } from "./pgbouncer-support";

/*
 * Chorus through a real PgBouncer in transaction mode, with two server connections shared by
 * many clients: whatever relied on session state would break here.
 */

let bouncer: PgBouncer | undefined;
let pooledUrl = "";

beforeAll(async () => {
  bouncer = await pgBouncerInFront(env().DATABASE_URL);
  if (bouncer) pooledUrl = throughPgBouncer(bouncer, env().DATABASE_URL);
});
afterAll(async () => {
  await bouncer?.stop();
});

/** Parameterised queries in many small transactions from `clients` connections at once. */
async function workload(url: string, pooled: boolean, clients = 8, rounds = 15): Promise<number> {
  const { sql } = connect(url, { max: clients, pooled });
  try {
    const sums = await Promise.all(
      Array.from({ length: clients }, async (_, client) => {
        let sum = 0;
        for (let round = 0; round < rounds; round++) {
          const [row] = await sql.begin(async (tx) => tx<{ n: number }[]>`select ${client}::int + ${round}::int as n, pg_backend_pid() as pid`);
          sum += row?.n ?? 0;
        }
        return sum;
      }),
    );
    return sums.reduce((a, b) => a + b, 0);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const expectedSum = (clients: number, rounds: number) => clients * ((rounds * (rounds - 1)) / 2) + rounds * ((clients * (clients - 1)) / 2);

describe.skipIf(!process.env.DATABASE_URL)("through PgBouncer in transaction mode", () => {
  it("runs concurrent transactions when prepared statements are off (DATABASE_POOLED=1)", async ({ skip }) => {
    if (!bouncer) return skip();
    expect(await workload(pooledUrl, true)).toBe(expectedSum(8, 15));
  });

  it("breaks with prepared statements on, which is why the setting exists", async ({ skip }) => {
    if (!bouncer) return skip();
    await expect(workload(pooledUrl, false)).rejects.toThrow(/prepared statement .* (does not exist|already exists)/);
  });

  it("migrates from several processes at once through the pooler (transaction-scoped lock)", async ({ skip }) => {
    if (!bouncer) return skip();
    await Promise.all([1, 2, 3].map(() => migrateDatabase(pooledUrl, { pooled: true })));
    // No session lock left behind on a server connection: one more migration gets through at once.
    await migrateDatabase(pooledUrl, { pooled: true });
  });

  it("enqueues jobs in a transaction through pg-boss's executor (postgres.js unsafe, unprepared)", async ({ skip }) => {
    if (!bouncer) return skip();
    const { sql } = connect(pooledUrl, { max: 4, pooled: true });
    try {
      const boss = await createSenderBoss(sql);
      const queue = `pgbouncer-test-${Date.now()}`;
      await boss.createQueue(queue);
      const ids = await Promise.all(Array.from({ length: 10 }, (_, i) => boss.send(queue, { i })));
      expect(ids.every(Boolean)).toBe(true);
      const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = ${queue}`;
      expect(row?.n).toBe(10);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });

  it("runs pg-boss's worker side (start, fetch, complete, maintenance) through the pooler", async ({ skip }) => {
    if (!bouncer) return skip();
    const boss = createWorkerBoss(pooledUrl, { max: 4, maintenanceSeconds: 1 });
    const errors: Error[] = [];
    boss.on("error", (error: Error) => errors.push(error));
    await boss.start();
    try {
      const queue = `pgbouncer-work-${Date.now()}`;
      await boss.createQueue(queue);
      await Promise.all(Array.from({ length: 12 }, (_, i) => boss.send(queue, { i })));
      const seen = new Set<number>();
      await boss.work<{ i: number }>(queue, { batchSize: 3, pollingIntervalSeconds: 0.5 }, async (jobs) => {
        for (const job of jobs) seen.add(job.data.i);
      });
      const deadline = Date.now() + 15_000;
      while (seen.size < 12 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen.size).toBe(12);
      const { sql } = connect(pooledUrl, { max: 1, pooled: true });
      try {
        const deadline2 = Date.now() + 5_000;
        let completed = 0;
        while (completed < 12 && Date.now() < deadline2) {
          const [row] = await sql<{ n: number }[]>`select count(*)::int as n from pgboss.job where name = ${queue} and state = 'completed'`;
          completed = row?.n ?? 0;
          if (completed < 12) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(completed).toBe(12);
      } finally {
        await sql.end({ timeout: 5 });
      }
      expect(errors).toEqual([]);
    } finally {
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
