import { describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { connect } from "@/db/client";

describe("GET /api/health", () => {
  it("answers 200 with the database up", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ ok: true, db: "up" });
  });

  it("answers 503, without throwing, when the database does not answer", async () => {
    // Point this process's pool at port 1 (connection refused at once), then put it back.
    const slot = globalThis as typeof globalThis & { chorusDb?: ReturnType<typeof connect> };
    const healthy = slot.chorusDb;
    const dead = connect("postgres://nobody@127.0.0.1:1/none", { max: 1 });
    slot.chorusDb = dead;
    try {
      const response = await GET();
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ ok: false, db: "down" });
    } finally {
      slot.chorusDb = healthy;
      await dead.sql.end({ timeout: 1 });
    }
  });
});
