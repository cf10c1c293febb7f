/**
 * Tests create and drop databases. They must never do that to a shared or production server, so
 * they refuse any host that is not this machine, whatever DATABASE_URL or TEST_DATABASE_URL say.
 */
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

// Parsed by hand: WHATWG URL rejects the socket form postgres://user@/db?host=/run/postgresql.
const URL_PATTERN = /^postgres(?:ql)?:\/\/(?:[^@/]*@)?(\[[^\]]*\]|[^/:?]*)(?::\d+)?(?:\/[^?]*)?(?:\?(.*))?$/;

export function assertLocalDatabase(url: string): void {
  const match = URL_PATTERN.exec(url);
  if (!match) throw new Error("The test database URL is not a postgres:// URL.");
  const host = decodeURIComponent(match[1] ?? "");
  const socket = new URLSearchParams(match[2] ?? "").get("host");
  // No host at all means the default unix socket; a host starting with / is a socket directory.
  const local = host === "" ? !socket || socket.startsWith("/") : LOCAL_HOSTS.has(host.toLowerCase());
  if (!local) {
    throw new Error(`Refusing to run tests against the database on "${host || socket}": tests create and drop databases, ` + "so they only run against a server on this machine (localhost, 127.0.0.1, ::1 or a unix socket).");
  }
}
