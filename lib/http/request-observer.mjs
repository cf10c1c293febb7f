/*
 * Operations' view of each request the web server handles (scripts/web-server.mjs): a request id,
 * a structured log line and metrics. A contract for now: it only hands back a no-op finisher.
 */

/**
 * Called once per request before anything answers it.
 * @param {import("node:http").IncomingMessage} _request
 * @param {import("node:http").ServerResponse} _response
 */
export function observeRequest(_request, _response) {}

/**
 * Answers GET /metrics when this request asks for it (and is allowed to); false otherwise.
 * @param {import("node:http").IncomingMessage} _request
 * @param {import("node:http").ServerResponse} _response
 * @returns {Promise<boolean>}
 */
export async function serveMetrics(_request, _response) {
  return false;
}
