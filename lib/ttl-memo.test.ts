import { describe, expect, it, vi } from "vitest";
import { forgetMemos, ttlMemo } from "./ttl-memo";

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

describe("ttlMemo bounds and outages", () => {
  it("keeps at most `max` keys, dropping the least recently read", async () => {
    let loads = 0;
    const read = ttlMemo(60_000, async (key) => `${key}:${++loads}`, { max: 2 });
    await read("a");
    await read("b");
    await read("a");
    await read("c"); // "b" was read least recently: it goes
    expect(await read("a")).toBe("a:1");
    expect(await read("b")).toBe("b:4");
  });

  it("does not keep a result for a key that does not exist, nor one `keep` refuses", async () => {
    let loads = 0;
    const missing = ttlMemo(60_000, async () => (++loads, null));
    await missing("invented");
    await missing("invented");
    expect(loads).toBe(2);
    const refused = ttlMemo(60_000, async () => ({ state: "not-found", n: ++loads }), { keep: (value) => value.state !== "not-found" });
    expect((await refused("x")).n).not.toBe((await refused("x")).n);
  });

  it("serves the last good value while reloads fail, retrying once a time to live, up to the maximum stale age", async () => {
    vi.useFakeTimers();
    let down = false;
    let loads = 0;
    const read = ttlMemo(
      1_000,
      async (key) => {
        loads += 1;
        if (down) throw new Error("database unreachable");
        return `${key}:${loads}`;
      },
      { maxStaleMs: 10_000 },
    );
    expect(await read("page")).toBe("page:1");
    down = true;
    vi.advanceTimersByTime(1_001);
    expect(await read("page")).toBe("page:1");
    expect(await read("page")).toBe("page:1");
    expect(loads).toBe(2); // the failed reload is not repeated by every request
    vi.advanceTimersByTime(9_500);
    await expect(read("page")).rejects.toThrow("database unreachable");
    down = false;
    expect(await read("page")).toBe("page:4");
    vi.useRealTimers();
  });

  it("forgetMemos expires a group's entries at once, and still covers an outage with the last good value", async () => {
    let version = 1;
    let down = false;
    const read = ttlMemo(
      60_000,
      async () => {
        if (down) throw new Error("down");
        return version;
      },
      { group: "test-public" },
    );
    expect(await read("k")).toBe(1);
    version = 2;
    expect(await read("k")).toBe(1);
    forgetMemos("test-public");
    expect(await read("k")).toBe(2);
    forgetMemos("test-public");
    down = true;
    expect(await read("k")).toBe(2);
  });

  it("a forget during a slow load is not undone when that load settles with older data", async () => {
    let release: (value: string) => void = () => {};
    let calls = 0;
    const read = ttlMemo(60_000, (key) => (++calls === 1 ? new Promise<string>((resolve) => (release = resolve)) : Promise.resolve(`${key}:new`)));
    const slow = read("k");
    read.forget();
    release("k:old");
    expect(await slow).toBe("k:old");
    expect(await read("k")).toBe("k:new");
  });
});
