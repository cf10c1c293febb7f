import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { connect } from "@/db/client";
import { runInTransaction as transaction } from "@/db/transaction";

type Slots = typeof globalThis & { chorusDb?: ReturnType<typeof connect>; chorusSender?: unknown };
const slot = globalThis as Slots;

/** Points this process's pool at port 1 (connection refused at once) while `work` runs. */
async function withDatabaseGone(work: () => Promise<void>): Promise<void> {
  const healthy = slot.chorusDb;
  const dead = connect("postgres://nobody@127.0.0.1:1/none", { max: 1 });
  slot.chorusDb = dead;
  try {
    await work();
  } finally {
    slot.chorusDb = healthy;
    await dead.sql.end({ timeout: 1 });
  }
}

describe("GET /api/health", () => {
  it("answers 200 with the database and the queue client up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, db: "up", queue: "up" });
  });

  it("answers 503, without throwing, when the database does not answer", async () => {
    await withDatabaseGone(async () => {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({ ok: false, db: "down" });
    });
  });

  it("says the queue is down while its client cannot start, and brings it back once the database returns", async () => {
    // A web process whose very first write met a database that was down.
    slot.chorusSender = undefined;
    await withDatabaseGone(async () => {
      await expect(transaction(async ({ enqueue }) => enqueue("purge-expired-auth", {}))).rejects.toThrow();
      expect(await (await GET()).json()).toEqual({ ok: false, db: "down", queue: "down" });
    });
    // The database is back: after the short retry pause the client starts, with no restart.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    const response = await GET();
    expect(await response.json()).toEqual({ ok: true, db: "up", queue: "up" });
    const id = await transaction(async ({ enqueue }) => enqueue("purge-expired-auth", {}));
    expect(id).toEqual(expect.any(String));
  });
});
