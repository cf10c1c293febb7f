/**
 * The request header through which our web server (scripts/web-server.ts) tells the app who the
 * client is. The server deletes whatever a client sent under this name before setting it, so the
 * app may trust it; nothing else in the app may decide a client's address.
 */
export const CLIENT_ADDRESS_HEADER = "x-chorus-client-address";

/**
 * The client's address as far as we can trust it. With no proxy in front of us (trustedProxies 0),
 * only the TCP peer is the client: X-Forwarded-For then holds whatever the client chose to write.
 * Behind N proxies, each appends the address it received from, so the client is the Nth entry from
 * the right; entries further left were written by the client. A request that reached us without
 * passing through the proxies (shorter header) is judged by the leftmost entry the proxies could
 * have written, never by one further left, and by its peer when it carries no header at all.
 */
export function clientAddress(peer: string | undefined, forwardedFor: string | string[] | undefined, trustedProxies: number): string | undefined {
  const fallback = peer ? normalise(peer) : undefined;
  if (trustedProxies <= 0) return fallback;
  const entries = [forwardedFor ?? []].flat().join(",").split(",").map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return fallback;
  const chosen = entries[Math.max(0, entries.length - trustedProxies)];
  return chosen ? normalise(chosen) : fallback;
}

// IPv4 clients of a dual-stack socket appear as ::ffff:a.b.c.d; one person, one spelling.
function normalise(address: string): string {
  return address.trim().toLowerCase().replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/, "$1");
}
