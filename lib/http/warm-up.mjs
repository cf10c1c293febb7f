import { createServer } from "node:http";
import { log } from "../log/logger.mjs";

/*
 * A web process's first renders are slow: measured on this build, the campaign page took 560 ms
 * cold and 80–100 ms after, idle; under load, seconds. nginx sends traffic to a process the moment
 * it accepts connections (it has no active health checks), so after a restart the first visitors
 * waited, and a page cached from that first render showed a count older than the 2 s we promise.
 * So before taking traffic the server renders its busiest pages once through the very handler it
 * will serve with, on a private loopback port: the home pages, a campaign page in each language
 * (found on the home page), the confirmation page (with a token that is not one, which reads
 * nothing) and open data. Failures (the database may be away) are ignored: warming up only helps.
 */

const PER_REQUEST_MS = 5_000;
const TOTAL_MS = 15_000;

/** @param {string} origin @param {string} path */
async function visit(origin, path) {
  try {
    const response = await fetch(origin + path, { headers: { "accept-language": "en" }, redirect: "manual", signal: AbortSignal.timeout(PER_REQUEST_MS) });
    return { status: response.status, text: await response.text() };
  } catch {
    return { status: 0, text: "" };
  }
}

/**
 * Serves `listener` on a loopback port of its own, renders the pages above, then closes it.
 * @param {import("node:http").RequestListener} listener
 */
export async function warmUp(listener) {
  const started = Date.now();
  const server = createServer(listener);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const statuses = [];
  try {
    for (const [home, campaigns] of [
      ["/en", "/en/campaigns/"],
      ["/fr", "/fr/campagnes/"],
    ]) {
      if (Date.now() - started > TOTAL_MS) break;
      const page = await visit(origin, home);
      statuses.push(page.status);
      const slug = new RegExp(`href="${campaigns}([a-z0-9-]+)"`).exec(page.text)?.[1];
      if (slug) statuses.push((await visit(origin, campaigns + slug)).status);
    }
    for (const path of ["/en/confirm/warm-up", "/api/campaigns", "/api/health"]) {
      if (Date.now() - started > TOTAL_MS) break;
      statuses.push((await visit(origin, path)).status);
    }
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(() => resolve(undefined)));
  }
  log.info({ ms: Date.now() - started, statuses }, "warmed up");
}
