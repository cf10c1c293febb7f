import { performance } from "node:perf_hooks";
import { log, withRequestId } from "../log/logger.mjs";
import { requestId } from "../log/request-id.mjs";
import { metrics } from "../metrics/registry.mjs";
import { answerMetrics, metricsToken } from "../metrics/serve.mjs";
import { isDraining } from "./draining.mjs";
import { routeMatcherFor } from "./route-pattern.mjs";

/*
 * Operations' view of each request the web server handles (scripts/web-server.mjs): a request id
 * for every log line written meanwhile, one access line and the request metrics when it ends, and
 * the answers that must not wait for Next (/metrics, and health while draining).
 */

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
const proxies = Number(process.env.TRUSTED_PROXY_COUNT?.trim() || "0");
const routeOf = routeMatcherFor(process.cwd());
const token = metricsToken();

/**
 * Counts the body bytes a response writes (Content-Length is often absent: streamed pages).
 * @param {import("node:http").ServerResponse} response
 */
function countBytes(response) {
  const counter = { bytes: 0 };
  const add = (/** @type {unknown} */ chunk) => {
    if (typeof chunk === "string") counter.bytes += Buffer.byteLength(chunk);
    else if (chunk instanceof Uint8Array) counter.bytes += chunk.byteLength;
  };
  const { write, end } = response;
  response.write = /** @type {any} */ (
    function (/** @type {unknown} */ chunk, /** @type {any[]} */ ...rest) {
      add(chunk);
      return write.call(this, /** @type {any} */ (chunk), ...rest);
    }
  );
  response.end = /** @type {any} */ (
    function (/** @type {unknown} */ chunk, /** @type {any[]} */ ...rest) {
      if (typeof chunk !== "function") add(chunk);
      return end.call(this, /** @type {any} */ (chunk), ...rest);
    }
  );
  return counter;
}

/**
 * Wraps the server's request handler: gives the request its id (sent back as X-Request-Id),
 * runs the handler with that id current, and on the response's end logs one line (method, route
 * pattern, status, ms, bytes: never the query string, the client's address or cookies) and counts it.
 * @param {(request: import("node:http").IncomingMessage, response: import("node:http").ServerResponse) => unknown} handler
 */
export function observed(handler) {
  return (/** @type {import("node:http").IncomingMessage} */ request, /** @type {import("node:http").ServerResponse} */ response) => {
    const started = performance.now();
    const reqId = requestId(request.headers["x-request-id"], proxies);
    response.setHeader("X-Request-Id", reqId);
    const sent = countBytes(response);
    const method = METHODS.has(request.method ?? "") ? /** @type {string} */ (request.method) : "OTHER";
    const route = routeOf(request.url);
    response.once("finish", () => {
      const seconds = (performance.now() - started) / 1000;
      const status = String(response.statusCode);
      const { httpRequests, httpDuration } = metrics();
      httpRequests.inc({ method, route, status });
      httpDuration.observe({ method, route }, seconds);
      log.info({ reqId, method, route, status: response.statusCode, ms: Math.round(seconds * 10_000) / 10, bytes: sent.bytes }, "request");
    });
    return withRequestId(reqId, () => {
      if (isDraining()) {
        // Each connection closes after its answer, so keep-alive clients reconnect elsewhere.
        response.setHeader("Connection", "close");
        if ((request.url ?? "").split("?")[0] === "/api/health") {
          response.writeHead(503, { "content-type": "application/json", "cache-control": "no-store" });
          response.end(JSON.stringify({ ok: false, status: "draining" }));
          return;
        }
      }
      return handler(request, response);
    });
  };
}

/**
 * Answers GET /metrics when this request asks for it (Authorization: Bearer $METRICS_TOKEN);
 * false for any other path, which then goes on to the cache and Next.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @returns {Promise<boolean>}
 */
export function serveMetrics(request, response) {
  return answerMetrics(request, response, token);
}
