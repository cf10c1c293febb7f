import { ServerResponse } from "node:http";
import { entryFrom, headerPairs, hostOf, send } from "./cache-entry.mjs";
import * as policy from "./cache-policy.mjs";
import { CacheStore, cacheGeneration } from "./cache-store.mjs";

/*
 * The web process's own shared cache for public pages, feeds and open data, in front of Next
 * (scripts/web-server.mjs): a hit never reaches Next, so costs no render and no SQL. What may be
 * kept is declared by the app (cache-policy.mjs); the whole design, lifetimes and freshness budget
 * are in docs/caching.md. A kept response is buffered whole, given an ETag, gzipped once, then
 * sent, so the first viewer gets what later ones get.
 */

const MAX_ENTRY_BYTES = 2 * 1024 * 1024;
// A re-render that takes longer than this (a hung database) lets the next request try its own.
const REFRESH_PATIENCE_MS = 5_000;
// Next answers these with flight data for client navigation, at the same address: never shared.
const NEXT_ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];

/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */
/** @typedef {import("./cache-store.mjs").Entry} Entry */

/** @param {{ store?: CacheStore, now?: () => number }} [options] */
export function createResponseCache({ store = new CacheStore(), now = Date.now } = {}) {
  /** The parameters each path declared it reads (QUERY_HEADER), for keys before the render. */
  const keptByPath = new Map();
  /** @type {WeakMap<Request, { key: string | null, url: string, host: string, personal: boolean, generation: number, refreshing?: Entry }>} */
  const states = new WeakMap();

  /**
   * @param {Request} request
   * @param {Response} response
   * @returns {boolean} true when answered here
   */
  function serveFromCache(request, response) {
    const url = request.url ?? "/";
    const personal = policy.isPersonal(request.headers);
    const readable = request.method === "GET" || request.method === "HEAD";
    const plain = !request.headers.range && NEXT_ROUTER_HEADERS.every((name) => request.headers[name] === undefined);
    // Next rewrites request.url and adds X-Forwarded-* headers while it handles the request: the
    // address asked for is kept here, as it was.
    const host = hostOf(request);
    const key = readable && !personal && plain ? host + policy.cacheKey(url, keptByPath.get(policy.pathOf(url))) : null;
    const state = { key, url, host, personal, generation: cacheGeneration(), startedAt: now() };
    states.set(request, state);
    const entry = key === null ? undefined : store.get(key);
    if (!entry) return false;
    const age = now() - entry.storedAt;
    if (age < entry.freshMs) return send(request, response, entry, "hit");
    if (age >= entry.freshMs + entry.staleMs) {
      store.delete(key ?? "");
      return false;
    }
    // Stale: one request re-renders it, the others get this copy meanwhile.
    if (entry.refreshingSince && now() - entry.refreshingSince < REFRESH_PATIENCE_MS) return send(request, response, entry, "stale");
    entry.refreshingSince = now();
    Object.assign(state, { refreshing: entry });
    response.once("close", () => {
      if (entry.refreshingSince) entry.refreshingSince = 0;
    });
    return false;
  }

  /**
   * @param {Request} request
   * @param {Response} response
   */
  function keepForCache(request, response) {
    const state = states.get(request) ?? { key: null, url: request.url ?? "/", host: hostOf(request), personal: policy.isPersonal(request.headers), generation: cacheGeneration(), startedAt: now() };
    const writeHead = response.writeHead.bind(response);
    const write = response.write.bind(response);
    const end = response.end.bind(response);
    let decided = false;
    let capturing = false;
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;

    function decide() {
      decided = true;
      const marker = response.getHeader(policy.SHARE_HEADER);
      const kept = response.getHeader(policy.QUERY_HEADER);
      response.removeHeader(policy.SHARE_HEADER);
      response.removeHeader(policy.QUERY_HEADER);
      const declared = marker ? `public, max-age=0, ${String(marker)}` : String(response.getHeader("cache-control") ?? "");
      const lifetimes = policy.sharedLifetimes(declared);
      if (!lifetimes) return;
      const cookie = response.hasHeader("set-cookie");
      // Anything personal, or a post: no shared cache anywhere may keep it.
      if (state.personal || cookie || (request.method !== "GET" && request.method !== "HEAD")) {
        response.setHeader("cache-control", policy.PRIVATE);
        if (state.personal) response.setHeader(policy.CACHE_STATUS_HEADER, "bypass");
        return;
      }
      response.setHeader("cache-control", declared);
      const expiry = policy.proxyExpiry(state.startedAt, lifetimes.sMaxAge);
      if (expiry) response.setHeader(policy.PROXY_EXPIRES_HEADER, expiry);
      const vary = String(response.getHeader("vary") ?? "").toLowerCase();
      if (state.key === null || request.method !== "GET" || response.statusCode !== 200 || vary.includes("accept-language")) return;
      if (kept !== undefined) {
        const path = policy.pathOf(state.url);
        keptByPath.delete(path);
        keptByPath.set(path, policy.parseKept(String(kept)));
        if (keptByPath.size > 5000) keptByPath.delete(keptByPath.keys().next().value);
        state.key = state.host + policy.cacheKey(state.url, keptByPath.get(path));
      }
      // Next writes the address asked for into the page (its router's state): only a render of the
      // address exactly as keyed is kept, so a junk parameter can neither multiply entries nor reach others.
      if (state.key !== state.host + state.url) return;
      capturing = true;
      Object.assign(state, { lifetimes: policy.localLifetimes(lifetimes) });
    }

    // Too large to keep: send what was held back and let the rest through.
    function release() {
      capturing = false;
      writeHead(response.statusCode);
      for (const chunk of chunks) write(chunk);
    }

    /** @type {any} */
    const wrapped = response;
    wrapped.writeHead = (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) => {
      if (typeof reason !== "string") [headers, reason] = [reason, undefined];
      response.statusCode = status;
      if (reason) response.statusMessage = reason;
      for (const [name, value] of headerPairs(headers)) response.setHeader(name, value);
      if (!decided) decide();
      return capturing ? response : writeHead(response.statusCode);
    };
    wrapped.flushHeaders = () => {
      if (!decided) wrapped.writeHead(response.statusCode);
      if (!capturing) ServerResponse.prototype.flushHeaders.call(response);
    };
    wrapped.write = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
      if (!decided) wrapped.writeHead(response.statusCode);
      if (!capturing) return write(chunk, encoding, callback);
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8");
      chunks.push(buffer);
      size += buffer.length;
      if (size > MAX_ENTRY_BYTES) release();
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") queueMicrotask(done);
      return true;
    };
    wrapped.end = (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) => {
      if (typeof chunk === "function") [chunk, callback] = [undefined, chunk];
      if (chunk !== undefined && chunk !== null) wrapped.write(chunk, typeof encoding === "string" ? encoding : undefined);
      else if (!decided) wrapped.writeHead(response.statusCode);
      if (!capturing) return end(typeof encoding === "function" ? encoding : callback);
      const entry = entryFrom(response, Buffer.concat(chunks), /** @type {any} */ (state).lifetimes, now());
      if (state.refreshing) state.refreshing.refreshingSince = 0;
      // An organiser's change during the render: this copy may predate it.
      if (entry.generation === state.generation && state.key !== null) store.set(state.key, entry);
      for (const [name] of entry.headers) response.removeHeader(name);
      send(request, response, entry, "miss", { writeHead, end });
      return response;
    };
  }

  return { serveFromCache, keepForCache, store };
}

const shared = createResponseCache();
/** Answers the request from the cache when it can; false when Next must render it. */
export const serveFromCache = shared.serveFromCache;
/** Watches the response Next writes, to keep it when it may be shared. */
export const keepForCache = shared.keepForCache;
