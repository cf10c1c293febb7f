import { describe, expect, it } from "vitest";
import { cacheKey, isPersonal, matchesEtag, sharedLifetimes } from "./cache-policy.mjs";
import { CacheStore, cacheGeneration, type Entry } from "./cache-store.mjs";

describe("the cache's store", () => {
  it("stays within its bounds, dropping the least recently used", () => {
    const store = new CacheStore({ maxEntries: 2, maxBytes: 4000 });
    const entry = (size: number): Entry => ({ status: 200, headers: [], body: Buffer.alloc(size), gzip: null, etag: '"e"', storedAt: 0, freshMs: 1, staleMs: 1, generation: cacheGeneration(), refreshingSince: 0 });
    store.set("a", entry(100));
    store.set("b", entry(100));
    store.get("a"); // a is now the most recent
    store.set("c", entry(100));
    expect([store.get("a"), store.get("b"), store.get("c")].map(Boolean)).toEqual([true, false, true]);
    store.set("big", entry(3000)); // over the byte bound with a and c: the older go
    expect(store.size).toBe(1);
    expect(store.bytes).toBeLessThanOrEqual(4000);
    store.set("huge", entry(5000));
    expect(store.get("huge")).toBeUndefined();
  });
});

describe("cache directives and validators", () => {
  it("reads only shared-cache lifetimes", () => {
    expect(sharedLifetimes("public, max-age=0, s-maxage=5, stale-while-revalidate=30")).toEqual({ sMaxAge: 5, staleWhileRevalidate: 30 });
    expect(sharedLifetimes("private, no-store")).toBeNull();
    expect(sharedLifetimes("public, max-age=60")).toBeNull();
    expect(matchesEtag('W/"a", "b"', '"a"')).toBe(true);
    expect(matchesEtag('"c"', '"a"')).toBe(false);
  });
  it("keys and credentials", () => {
    expect(cacheKey("/p?b=2&a=1&b=1", undefined)).toBe("/p?a=1&b=2&b=1");
    expect(cacheKey("/p?x=1", new Set(["a"]))).toBe("/p");
    expect(isPersonal({ cookie: "NEXT_LOCALE=en" })).toBe(false);
    expect(isPersonal({ cookie: "NEXT_LOCALE=en; authjs.session-token=x" })).toBe(true);
  });
});
