import { lookup } from "node:dns/promises";
import path from "node:path";

/**
 * How the production web server is started, everywhere (npm start, browser tests, benchmarks). A
 * heap cap makes V8 collect before the process grows: uncapped, `next start` idled at ~260 MB RSS
 * after a few admin pages; capped at 192 MB of old space it held ~225 MB with the same page times
 * and a CSV export streaming (npm run bench:admin).
 */
export const WEB_NODE_ARGS = ["--max-old-space-size=192"];

/**
 * `hostname` is the address to listen on; without it the server listens on every interface. In
 * production it is our own server (scripts/web-server.mjs), which decides each client's address
 * from the socket (and TRUSTED_PROXY_COUNT) before Next sees the request; `next dev` stays as is.
 */
export function webArgs(root: string, mode: "start" | "dev", port: number | string, hostname?: string): string[] {
  const program = mode === "start" ? [...WEB_NODE_ARGS, path.join(root, "scripts/web-server.mjs")] : [path.join(root, "node_modules/next/dist/bin/next"), "dev"];
  return [...program, "-p", String(port), ...(hostname ? ["-H", hostname] : [])];
}

/**
 * Where to ask whether the server listening on `hostname` is up. A name is resolved the way Node
 * resolves it to listen (localhost may be ::1 on some machines), once, rather than on every probe;
 * a wildcard address answers on the loopback.
 */
export async function probeOrigin(hostname: string, port: number): Promise<string> {
  const bare = hostname.replace(/^\[(.*)\]$/, "$1");
  if (bare === "0.0.0.0" || bare === "::") return `http://127.0.0.1:${port}`;
  const { address, family } = await lookup(bare);
  return family === 6 ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}
