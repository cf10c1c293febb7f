import path from "node:path";

/**
 * How the production web server is started, everywhere (npm start, browser tests, benchmarks). A
 * heap cap makes V8 collect before the process grows: uncapped, `next start` idled at ~260 MB RSS
 * after a few admin pages; capped at 192 MB of old space it held ~225 MB with the same page times
 * and a CSV export streaming (npm run bench:admin).
 */
export const WEB_NODE_ARGS = ["--max-old-space-size=192"];

export function webArgs(root: string, mode: "start" | "dev", port: number | string): string[] {
  return [...(mode === "start" ? WEB_NODE_ARGS : []), path.join(root, "node_modules/next/dist/bin/next"), mode, "-p", String(port)];
}
