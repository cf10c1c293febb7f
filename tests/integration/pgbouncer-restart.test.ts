import { afterAll, beforeAll, expect, it } from "vitest";
import { connect } from "@/db/client";
import { startClusterDatabase, type ClusterDatabase } from "../../scripts/cluster/database";
import { findPgBouncer, startPgBouncer, type PgBouncer } from "../../scripts/lib/pgbouncer";

/*
 * A web process's pool through PgBouncer while PostgreSQL restarts (a managed database's
 * maintenance, a failover). For a second after PostgreSQL is back, PgBouncer refuses logins and
 * closes sockets with writes pending; postgres 3.4.9 then either crashed the process or kept a
 * connection that never wrote again (scripts/patch-dependencies.mjs). Either way the process went on
 * failing long after the database was back. A private PostgreSQL: the shared one must not restart.
 */

const installed = findPgBouncer() !== undefined;
if (!installed && process.env.CI === "true") throw new Error("PgBouncer is not installed, and CI must run the pooling tests (.ci/run installs it)");

let database: ClusterDatabase | undefined;
let bouncer: PgBouncer | undefined;

beforeAll(async () => {
  if (!installed) return;
  database = await startClusterDatabase();
  bouncer = await startPgBouncer({ upstreamHost: "127.0.0.1", upstreamPort: database.port, users: ["postgres"] });
}, 60_000);
afterAll(async () => {
  await bouncer?.stop();
  await database?.stop();
}, 30_000);

type Outcome = { at: number; ok: boolean; error?: string };
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const HUNG = "no answer within 8 s";

it.skipIf(!installed)(
  "answers again within seconds of PostgreSQL coming back, on every connection of the pool",
  async () => {
    const { sql } = connect(bouncer!.url("postgres", "postgres"), { max: 8, pooled: true });
    const outcomes: Outcome[] = [];
    let running = true;
    // 16 clients on 8 connections, as a busy web process: small transactions, one after another.
    const client = async () => {
      while (running) {
        const query = sql.begin(async (tx) => tx`select 1 as one`);
        const answer = await Promise.race([query.then(() => "ok"), pause(8_000).then(() => HUNG)]).catch((error: Error) => error.message);
        outcomes.push({ at: Date.now(), ok: answer === "ok", error: answer === "ok" ? undefined : answer });
        if (answer !== "ok") await pause(20);
      }
    };
    const clients = Array.from({ length: 16 }, client);
    try {
      // Twice: the broken connection came from a race, seen on about two restarts in three.
      const windows: { upAt: number; until: number }[] = [];
      for (let round = 0; round < 2; round++) {
        await pause(1_500);
        const { upAt } = await database!.restart();
        await pause(7_000);
        windows.push({ upAt, until: Date.now() });
      }
      running = false;
      await Promise.all(clients);

      expect(outcomes.filter((outcome) => outcome.error === HUNG)).toEqual([]);
      // Some queries fail while it restarts; none later than 5 s after it is back.
      for (const { upAt, until } of windows) {
        const settled = outcomes.filter((outcome) => outcome.at > upAt + 5_000 && outcome.at <= until);
        expect(settled.filter((outcome) => !outcome.ok).map((outcome) => outcome.error)).toEqual([]);
        expect(settled.length).toBeGreaterThan(100);
      }
    } finally {
      running = false;
      await Promise.all(clients);
      await sql.end({ timeout: 5 });
    }
  },
  90_000,
);
