/*
 * What the web process's shared cache (response-cache.mjs) may keep, and under which key. Plain
 * JavaScript under bare node, like scripts/web-server.mjs. The app declares what is shareable:
 * proxy.ts marks public pages with SHARE_HEADER (Next overwrites Cache-Control on dynamic pages,
 * so the marker is how the intent reaches this server), and API routes and feeds answer with
 * `Cache-Control: public, … s-maxage=…` themselves. Nothing is guessed from the address.
 */

/** Set by proxy.ts on public pages: the shared-cache directives, e.g. "s-maxage=1, stale-while-revalidate=10". */
export const SHARE_HEADER = "x-chorus-share";
/** Set beside it: the query parameters the page reads, comma-separated; every other one is left out of the key. */
export const QUERY_HEADER = "x-chorus-query";
/** On every answer of ours: hit, stale (served while another request re-renders), miss or bypass. */
export const CACHE_STATUS_HEADER = "x-chorus-cache";
export const PROXY_EXPIRES_HEADER = "x-accel-expires";

export const PRIVATE = "private, no-store";

// next-intl's own locale cookie says nothing about who the visitor is; any other cookie may
// (a session, the my-data or letter-writer cookie, Auth.js's CSRF cookie), so it makes the request personal.
const HARMLESS_COOKIES = new Set(["NEXT_LOCALE"]);

/**
 * Whether a request may be answered for, or stored on behalf of, everyone: no credentials of any
 * kind. A page rendered for a signed-in organiser is thus never stored nor served to others.
 * @param {import("node:http").IncomingHttpHeaders} headers
 */
export function isPersonal(headers) {
  if (headers.authorization) return true;
  const cookie = headers.cookie;
  if (!cookie) return false;
  return cookie.split(";").some((pair) => {
    const name = pair.split("=", 1)[0].trim();
    return name !== "" && !HARMLESS_COOKIES.has(name);
  });
}

/**
 * The cache key: path, then the query with its keys sorted (values keep their order). With `kept`
 * (what the page declared it reads), every other parameter is dropped, so junk added to a link
 * does not multiply entries. The language of a page is in its path; the encoding is chosen when
 * serving, from one entry holding both the plain and the gzip body.
 * @param {string} url request.url (path and query)
 * @param {ReadonlySet<string> | undefined} kept
 */
export function cacheKey(url, kept) {
  const at = url.indexOf("?");
  const path = at === -1 ? url : url.slice(0, at);
  if (at === -1) return path;
  const pairs = [...new URLSearchParams(url.slice(at + 1))].filter(([name]) => !kept || kept.has(name));
  if (pairs.length === 0) return path;
  // Sort by name only: Array#sort is stable, so repeated parameters keep their order.
  pairs.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${path}?${new URLSearchParams(pairs).toString()}`;
}

/** @param {string} url */
export const pathOf = (url) => {
  const at = url.indexOf("?");
  return at === -1 ? url : url.slice(0, at);
};

/** @param {string | undefined} value comma-separated names */
export function parseKept(value) {
  return new Set(
    (value ?? "")
      .split(",")
      .map((name) => name.trim())
      .filter(Boolean),
  );
}

/**
 * The shared-cache lifetimes of a Cache-Control value, or null when it is not meant for a shared
 * cache (no `public`, or private/no-store/no-cache, or no s-maxage).
 * @param {string | undefined} cacheControl
 * @returns {{ sMaxAge: number, staleWhileRevalidate: number } | null}
 */
export function sharedLifetimes(cacheControl) {
  if (!cacheControl) return null;
  const directives = new Map(
    cacheControl
      .toLowerCase()
      .split(",")
      .map((part) => {
        const [name, value] = part.trim().split("=", 2);
        return [name, value];
      }),
  );
  if (!directives.has("public") || directives.has("private") || directives.has("no-store") || directives.has("no-cache")) return null;
  const sMaxAge = Number(directives.get("s-maxage"));
  if (!Number.isFinite(sMaxAge) || sMaxAge <= 0) return null;
  const swr = Number(directives.get("stale-while-revalidate") ?? 0);
  return { sMaxAge, staleWhileRevalidate: Number.isFinite(swr) && swr > 0 ? swr : 0 };
}

/**
 * How long this process keeps an entry fresh, and how long after that it may still hand the stale
 * copy out while one request re-renders it. A response a shared cache may keep for one second is one
 * showing a live count: this cache then keeps it 250 ms, so that the count memo (250 ms) + this
 * cache + nginx (1 s) stay under the 2 s freshness budget (docs/caching.md). Others are kept for
 * their s-maxage, at most 10 s: other processes learn of an organiser's change within that.
 * @param {{ sMaxAge: number, staleWhileRevalidate: number }} lifetimes
 */
export function localLifetimes({ sMaxAge, staleWhileRevalidate }) {
  const freshMs = sMaxAge <= 1 ? 250 : Math.min(sMaxAge, 10) * 1000;
  return { freshMs, staleMs: Math.min(staleWhileRevalidate, 60) * 1000 };
}

/**
 * nginx's expiry for a page showing a live count, as an absolute second (X-Accel-Expires: @t, which
 * nginx prefers to Cache-Control and never passes on to clients). s-maxage=1 counts from when nginx
 * stores the page, so a render slowed by load (seconds, on a busy machine) stretched the count's age
 * past 2 s: an absolute time counts from the render's start instead. The count read then is at most
 * `memoMs` older (its memo, 250 ms), and nginx keeps the page until the end of the next whole second
 * after that read, at most 1 s later. The same header, stored with this process's own copy, holds
 * for its hits. A CDN reads only s-maxage=1. Null for pages kept longer.
 * @param {number} startedAt when the request reached this process (ms since the epoch)
 * @param {number} sMaxAge
 * @param {number} [memoMs]
 */
export function proxyExpiry(startedAt, sMaxAge, memoMs = 250) {
  if (sMaxAge > 1) return null;
  return `@${Math.floor((startedAt - memoMs) / 1000) + 1}`;
}

/**
 * Whether the client takes gzip (a q=0 refuses it).
 * @param {string | string[] | undefined} acceptEncoding
 */
export function acceptsGzip(acceptEncoding) {
  const value = Array.isArray(acceptEncoding) ? acceptEncoding.join(",") : (acceptEncoding ?? "");
  return value
    .toLowerCase()
    .split(",")
    .some((part) => {
      const [coding, ...params] = part.trim().split(";");
      if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return !q || Number(q.slice(2)) > 0;
    });
}

/**
 * Whether an If-None-Match value names this ETag (weak comparison, as for GET).
 * @param {string | string[] | undefined} ifNoneMatch
 * @param {string} etag
 */
export function matchesEtag(ifNoneMatch, etag) {
  if (!ifNoneMatch) return false;
  const value = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(",") : ifNoneMatch;
  if (value.trim() === "*") return true;
  const bare = etag.replace(/^W\//, "");
  return value.split(",").some((tag) => tag.trim().replace(/^W\//, "") === bare);
}

/** @param {string | undefined} contentType */
export function compressible(contentType) {
  return /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|javascript|manifest\+json)|image\/svg\+xml)/i.test(contentType ?? "");
}
