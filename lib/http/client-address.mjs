// Plain JavaScript: scripts/web-server.mjs runs it under bare node (a TypeScript loader costs the
// web process ~80 MB), and the app imports the same header name (types: client-address.d.mts).

/**
 * The request header through which our web server (scripts/web-server.mjs) tells the app who the
 * client is. The server deletes whatever a client sent under this name before setting it, so the
 * app may trust it; nothing else in the app may decide a client's address.
 */
export const CLIENT_ADDRESS_HEADER = "x-chorus-client-address";

/**
 * The client's address as far as we can trust it. With no proxy in front of us (trustedProxies 0),
 * only the TCP peer is the client: X-Forwarded-For then holds whatever the client chose to write.
 * Behind N proxies, each appends the address it received from, so the client is the Nth entry from
 * the right; entries further left were written by the client. A request with a shorter header is
 * judged by its leftmost entry (never one further left), and by its peer when it carries none.
 *
 * @param {string | undefined} peer
 * @param {string | string[] | undefined} forwardedFor
 * @param {number} trustedProxies
 * @returns {string | undefined}
 */
export function clientAddress(peer, forwardedFor, trustedProxies) {
  const fallback = peer ? normalise(peer) : undefined;
  if (trustedProxies <= 0) return fallback;
  const entries = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return fallback;
  const chosen = entries[Math.max(0, entries.length - trustedProxies)];
  return chosen ? normalise(chosen) : fallback;
}

/**
 * IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one person, one spelling.
 * @param {string} address
 */
function normalise(address) {
  return address
    .trim()
    .toLowerCase()
    .replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/, "$1");
}
