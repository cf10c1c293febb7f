import { describe, expect, it, vi } from "vitest";
import { ttlMemo } from "./ttl-memo";

describe("ttlMemo", () => {
  it("loads once per key within the time to live, again after it or when asked for fresh", async () => {
    vi.useFakeTimers();
    let loads = 0;
    const read = ttlMemo(1_000, async (key) => `${key}:${++loads}`);
    expect(await read("a")).toBe("a:1");
    expect(await read("a")).toBe("a:1");
    expect(await read("b")).toBe("b:2");
    vi.advanceTimersByTime(1_001);
    expect(await read("a")).toBe("a:3");
    expect(await read("a", { fresh: true })).toBe("a:4");
    vi.useRealTimers();
  });

  it("forgets a failed load so the next call tries again", async () => {
    let calls = 0;
    const read = ttlMemo(60_000, async () => {
      calls += 1;
      if (calls === 1) throw new Error("database down");
      return "ok";
    });
    await expect(read("k")).rejects.toThrow("database down");
    await Promise.resolve();
    expect(await read("k")).toBe("ok");
  });
});
