import { createHash } from "node:crypto";
import { ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
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
// Headers that belong to one exchange, not to the stored response (the observer's request id too).
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "etag", "age", "set-cookie", "x-request-id"]);
// A 304 refreshes what a cache holds; a new CSP would not match the nonce of the body it keeps.
const KEPT_ON_304 = new Set(["cache-control", "vary", "expires", "last-modified"]);
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
    const state = { key, url, host, personal, generation: cacheGeneration() };
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
    const state = states.get(request) ?? { key: null, url: request.url ?? "/", host: hostOf(request), personal: policy.isPersonal(request.headers), generation: cacheGeneration() };
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

/**
 * The address the request was made to: Next builds some headers from it (the alternate-language
 * links), so a request naming another host must not be answered with, or poison, this one's copy.
 * @param {Request} request
 */
function hostOf(request) {
  const { host = "", "x-forwarded-host": forwarded = "", "x-forwarded-proto": proto = "" } = request.headers;
  return `${String(proto)}|${String(forwarded)}|${host.toLowerCase()}|`;
}

/** @param {any} headers writeHead's headers argument: an object, [[k, v]…] or [k, v, k, v…] */
function headerPairs(headers) {
  if (!headers) return [];
  if (!Array.isArray(headers)) return Object.entries(headers).filter(([, value]) => value !== undefined);
  if (Array.isArray(headers[0])) return headers;
  const pairs = [];
  for (let at = 0; at + 1 < headers.length; at += 2) pairs.push([headers[at], headers[at + 1]]);
  return pairs;
}

/**
 * @param {Response} response
 * @param {Buffer} body
 * @param {{ freshMs: number, staleMs: number }} lifetimes
 * @param {number} storedAt
 * @returns {Entry}
 */
function entryFrom(response, body, lifetimes, storedAt) {
  /** @type {[string, string | string[]][]} */
  const headers = [];
  for (const name of response.getHeaderNames()) {
    const value = response.getHeader(name);
    if (value !== undefined && !NOT_STORED.has(name) && !name.startsWith("x-chorus-")) headers.push([name, typeof value === "number" ? String(value) : value]);
  }
  const etag = `"${createHash("sha256").update(stablePart(response, body)).digest("base64url").slice(0, 27)}"`;
  const gzip = body.length > 512 && policy.compressible(String(response.getHeader("content-type") ?? "")) ? gzipSync(body) : null;
  if (gzip) {
    const at = headers.findIndex(([name]) => name === "vary");
    const vary = at === -1 ? "" : String(headers[at][1]);
    if (!/accept-encoding/i.test(vary)) {
      if (at !== -1) headers.splice(at, 1);
      headers.push(["vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding"]);
    }
  }
  return { status: 200, headers, body, gzip, etag, storedAt, ...lifetimes, generation: cacheGeneration(), refreshingSince: 0 };
}

/**
 * What the ETag is a hash of, so that an unchanged page keeps its ETag across renders: the body less
 * the page's nonce (new on every render) and, in HTML, less its scripts' contents. Those carry
 * React's flight data, whose rows stream in the order the page's reads happen to finish (a memo hit
 * or a query), while the markup they describe is the same; what a page shows is in its markup.
 * @param {Response} response
 * @param {Buffer} body
 */
function stablePart(response, body) {
  const nonce = /'nonce-([^']+)'/.exec(String(response.getHeader("content-security-policy") ?? ""))?.[1];
  const html = /^text\/html/i.test(String(response.getHeader("content-type") ?? ""));
  if (!nonce && !html) return body;
  let text = body.toString("latin1");
  if (nonce) text = text.split(nonce).join("");
  if (html) text = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "<script></script>");
  return Buffer.from(text, "latin1");
}

/**
 * Answers from an entry: a 304 when the client holds this ETag, else the body in the encoding asked for.
 * @param {Request} request
 * @param {Response} response
 * @param {Entry} entry
 * @param {"hit" | "stale" | "miss"} status
 * @param {{ writeHead: Response["writeHead"], end: Response["end"] }} [raw] the response's own methods, when wrapped
 * @returns {true}
 */
function send(request, response, entry, status, raw = { writeHead: response.writeHead.bind(response), end: response.end.bind(response) }) {
  const age = Math.floor(Math.max(0, Date.now() - entry.storedAt) / 1000);
  response.setHeader(policy.CACHE_STATUS_HEADER, status);
  response.setHeader("etag", entry.etag);
  if (status !== "miss") response.setHeader("age", String(age));
  if (policy.matchesEtag(request.headers["if-none-match"], entry.etag)) {
    for (const [name, value] of entry.headers) if (KEPT_ON_304.has(name)) response.setHeader(name, value);
    raw.writeHead(304);
    raw.end();
    return true;
  }
  for (const [name, value] of entry.headers) response.setHeader(name, value);
  const gzip = entry.gzip && policy.acceptsGzip(request.headers["accept-encoding"]) ? entry.gzip : null;
  if (gzip) response.setHeader("content-encoding", "gzip");
  const body = gzip ?? entry.body;
  response.setHeader("content-length", String(body.length));
  raw.writeHead(entry.status);
  raw.end(request.method === "HEAD" ? undefined : body);
  return true;
}

const shared = createResponseCache();
/** Answers the request from the cache when it can; false when Next must render it. */
export const serveFromCache = shared.serveFromCache;
/** Watches the response Next writes, to keep it when it may be shared. */
export const keepForCache = shared.keepForCache;
