import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import * as policy from "./cache-policy.mjs";
import { cacheGeneration } from "./cache-store.mjs";

/*
 * One entry of the web process's shared cache (response-cache.mjs): made from the response Next
 * wrote (headers to keep, an ETag, a gzip copy), and sent back from it (200 or 304).
 */

/** @typedef {import("node:http").IncomingMessage} Request */
/** @typedef {import("node:http").ServerResponse} Response */
/** @typedef {import("./cache-store.mjs").Entry} Entry */

// A 304 refreshes what a cache holds; a new CSP would not match the nonce of the body it keeps.
const KEPT_ON_304 = new Set(["cache-control", "vary", "expires", "last-modified", "x-accel-expires"]);
// Headers that belong to one exchange, not to the stored response (the observer's request id too).
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "date", "etag", "age", "set-cookie", "x-request-id"]);
/**
 * The address the request was made to: Next builds some headers from it (the alternate-language
 * links), so a request naming another host must not be answered with, or poison, this one's copy.
 * @param {Request} request
 */
export function hostOf(request) {
  const { host = "", "x-forwarded-host": forwarded = "", "x-forwarded-proto": proto = "" } = request.headers;
  return `${String(proto)}|${String(forwarded)}|${host.toLowerCase()}|`;
}

/** @param {any} headers writeHead's headers argument: an object, [[k, v]…] or [k, v, k, v…] */
export function headerPairs(headers) {
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
export function entryFrom(response, body, lifetimes, storedAt) {
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
export function send(request, response, entry, status, raw = { writeHead: response.writeHead.bind(response), end: response.end.bind(response) }) {
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
