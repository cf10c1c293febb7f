import { describe, expect, it } from "vitest";
import { BoundedMap } from "./bounded-map";

describe("BoundedMap", () => {
  it("never holds more than its size, whatever number of keys it is given", () => {
    const map = new BoundedMap<string, number>(100);
    for (let i = 0; i < 20_000; i++) map.set(`slug-${Math.random()}`, i);
    expect(map.size).toBe(100);
  });

  it("drops the least recently used entry first and sweeps what a predicate picks", () => {
    const map = new BoundedMap<string, number>(2).set("a", 1).set("b", 2);
    map.get("a");
    map.set("c", 3);
    expect([map.has("a"), map.has("b"), map.has("c")]).toEqual([true, false, true]);
    map.sweep((value) => value > 2);
    expect(map.size).toBe(1);
    expect(() => new BoundedMap(0)).toThrow();
  });
});
