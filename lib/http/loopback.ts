/**
 * Whether a listening address is reachable only from this machine: localhost (RFC 6761), any
 * 127.0.0.0/8 address or ::1. Anything else, unset included (a bare `next start` listens on every
 * interface), counts as public.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  if (bare === "localhost" || bare.endsWith(".localhost")) return true;
  if (bare === "::1" || bare === "0:0:0:0:0:0:0:1") return true;
  return /^127(?:\.\d{1,3}){3}$/.test(bare) || /^::ffff:127(?:\.\d{1,3}){3}$/.test(bare);
}
