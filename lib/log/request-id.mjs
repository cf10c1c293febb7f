import { randomText } from "../crypto/random-pool.mjs";

// nginx's $request_id: 32 lower-case hex characters. Anything else is made anew, so a client
// cannot write text of its choice (or a line break) into our logs.
const TRUSTED_SHAPE = /^[0-9a-f]{32}$/;

/**
 * The request's id: the proxy's X-Request-Id when proxies are trusted and it has the proxy's
 * shape, else a new one of the same shape.
 * @param {string | string[] | undefined} header
 * @param {number} trustedProxies
 * @returns {string}
 */
export function requestId(header, trustedProxies) {
  if (trustedProxies > 0 && typeof header === "string" && TRUSTED_SHAPE.test(header)) return header;
  return randomText(16, "hex");
}
