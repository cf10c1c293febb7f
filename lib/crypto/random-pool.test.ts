import { describe, expect, it } from "vitest";
import { randomBytesFromPool, randomText } from "./random-pool.mjs";

describe("random pool", () => {
  it("never hands out the same bytes twice, across many refills of the pool", () => {
    // 4,000 tokens of 32 bytes use the 4 KB pool about 31 times over.
    const seen = new Set<string>();
    for (let i = 0; i < 4_000; i++) seen.add(randomText(32, "base64url"));
    expect(seen.size).toBe(4_000);
  });

  it("gives a buffer of its own: changing it changes nothing handed out later", () => {
    const first = randomBytesFromPool(12);
    const copy = Buffer.from(first);
    first.fill(0);
    const next = randomBytesFromPool(12);
    expect(copy.equals(Buffer.alloc(12))).toBe(false);
    expect(next.equals(Buffer.alloc(12))).toBe(false);
    expect(next.equals(copy)).toBe(false);
  });

  it("writes the length and alphabet asked for", () => {
    expect(randomText(16, "hex")).toMatch(/^[0-9a-f]{32}$/);
    expect(randomText(32, "base64url")).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomBytesFromPool(12)).toHaveLength(12);
  });

  it("looks uniformly random: every byte value turns up across 64 KB", () => {
    const counts = new Array<number>(256).fill(0);
    for (let i = 0; i < 1_024; i++) for (const byte of randomBytesFromPool(64)) counts[byte]!++;
    // 256 expected per value; a pool that repeated or zeroed its bytes would leave gaps or spikes.
    expect(Math.min(...counts)).toBeGreaterThan(150);
    expect(Math.max(...counts)).toBeLessThan(380);
  });

  it("refuses more than one pool's worth at once", () => {
    expect(() => randomText(5_000, "hex")).toThrow(RangeError);
  });
});
