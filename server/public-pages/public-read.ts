import "server-only";
import { forgetCachedResponses } from "@/lib/http/cache-store.mjs";
import { forgetMemos, ttlMemo } from "@/lib/ttl-memo";

const GROUP = "public-pages";

/**
 * A read of the public pages, memoised per process by its arguments: pages render on every
 * request (each carries its own CSP nonce), so this is what keeps a page view at most one cached
 * read, and what lets a page seen before keep rendering while the database is unreachable (the last
 * good value is served for up to ten minutes). Bounded, and an unknown slug or id (null) is not
 * kept, unless `keepNull` says null is an answer (settings not made yet) rather than a miss.
 * Arguments must be plain JSON values: they are the key.
 */
export function publicRead<A extends unknown[], T>(ttlMs: number, read: (...args: A) => Promise<T>, max = 500, options: { keepNull?: boolean } = {}): (...args: A) => Promise<T> {
  const keep = options.keepNull ? () => true : undefined;
  const memo = ttlMemo(ttlMs, (key) => read(...(JSON.parse(key) as A)), { group: GROUP, max, keep });
  return (...args: A) => memo(JSON.stringify(args));
}

/**
 * After a write in this process: every public read reloads on its next request, and the web
 * server's shared cache forgets its pages (same process, one counter on globalThis), so the organiser
 * sees the change at once. Other processes see it when their entries expire (docs/caching.md).
 */
export function forgetPublicReads(): void {
  forgetMemos(GROUP);
  forgetCachedResponses();
}
