import { createHash, timingSafeEqual } from "node:crypto";
import { metrics } from "./registry.mjs";

const digest = (/** @type {string} */ text) => createHash("sha256").update(text).digest();

/**
 * Whether an Authorization header carries `Bearer <token>`. Both sides are hashed first, so the
 * comparison takes the same time whatever the header's length or how much of it matches.
 * @param {string | undefined} header
 * @param {string} token
 */
export function bearerAllows(header, token) {
  if (typeof header !== "string" || !header.startsWith("Bearer ")) return false;
  return timingSafeEqual(digest(header.slice("Bearer ".length).trim()), digest(token));
}

/**
 * Answers GET /metrics on a node:http server (web and worker): 404 without a token configured
 * (nothing says the endpoint exists), 401 with a wrong or missing one, else the registry's text.
 * Returns false for any other path.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {string | undefined} token
 */
export async function answerMetrics(request, response, token) {
  const path = (request.url ?? "/").split("?")[0];
  if (path !== "/metrics") return false;
  const refuse = (/** @type {number} */ status, /** @type {Record<string, string>} */ headers = {}) => {
    response.writeHead(status, { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store", ...headers });
    response.end(status === 404 ? "Not Found" : "Unauthorized");
    return true;
  };
  if (!token) return refuse(404);
  if (!bearerAllows(request.headers.authorization, token)) return refuse(401, { "www-authenticate": 'Bearer realm="metrics"' });
  const { registry } = metrics();
  const body = await registry.metrics();
  response.writeHead(200, { "content-type": registry.contentType, "cache-control": "no-store" });
  response.end(request.method === "HEAD" ? undefined : body);
  return true;
}

/** METRICS_TOKEN as lib/env.ts accepts it (at least 16 characters), or undefined. */
export function metricsToken() {
  const token = process.env.METRICS_TOKEN?.trim();
  return token && token.length >= 16 ? token : undefined;
}
