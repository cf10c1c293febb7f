import { createServer } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/http/client-address.mjs";
import { runShutdownHooks, startDraining } from "../lib/http/draining.mjs";
import { observed, serveMetrics } from "../lib/http/request-observer.mjs";
import { log } from "../lib/log/logger.mjs";
import { keepForCache, serveFromCache } from "../lib/http/response-cache.mjs";
import { warmUp } from "../lib/http/warm-up.mjs";

/*
 * The production web server: Next's request handler behind a plain node:http server of ours, for
 * one reason. Next fills X-Forwarded-For from the socket only when a request has none, so once a
 * client writes that header itself the socket's address is lost to the app, and any per-IP limit
 * could be dodged by writing a new address on every request. Here the socket is still at hand: the
 * client's address is decided once (lib/http/client-address.mjs, TRUSTED_PROXY_COUNT) and handed
 * to the app in a header no client can set. Otherwise it behaves like `next start`: the same -p and
 * -H flags. It also gives each request its id, access line and metrics (lib/http/request-observer.mjs),
 * renders its busiest pages once before it opens its port, and shuts down gracefully: on SIGTERM/SIGINT health answers 503 "draining" at once, the port
 * stops accepting, requests in flight finish (25 s at most), the database pool closes, exit 0.
 *
 * Plain JavaScript under bare node, as `next start` runs: a TypeScript loader in this process
 * would cost ~80 MB of memory for the life of the server.
 *
 * Usage: node scripts/web-server.mjs -p <port> [-H <hostname>]
 */

/** @param {string} name */
function flag(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

// lib/env.ts validates the whole environment when the app starts (instrumentation-node.ts) and
// stops the process on a bad value; this is the same rule, needed before the app is loaded.
const proxies = Number(process.env.TRUSTED_PROXY_COUNT?.trim() || "0");
if (!Number.isInteger(proxies) || proxies < 0 || proxies > 10) {
  log.fatal("Chorus cannot start: TRUSTED_PROXY_COUNT must be a whole number from 0 to 10.");
  process.exit(1);
}

/** @param {import("node:http").IncomingMessage} request */
function markClient(request) {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], proxies);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
}

const port = Number(flag("-p") ?? process.env.PORT ?? 3000);
const hostname = flag("-H");
const dir = process.cwd();
// A standalone build (next.config.ts `output`) serialises its resolved config at build time; as
// Next's own standalone server.js does, hand it over so that next.config.ts is not compiled again
// at start. The image's layout ships no next.config.ts and no TypeScript, so there it must be.
const { existsSync, readFileSync } = await import("node:fs");
const built = `${dir}/.next/required-server-files.json`;
if (!process.env.__NEXT_PRIVATE_STANDALONE_CONFIG && existsSync(built)) {
  const { config } = JSON.parse(readFileSync(built, "utf8"));
  if (config?.output === "standalone") process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(config);
}
// Next is not told the address we listen on: it builds its internal URLs on "localhost" whatever
// it is told, and given 127.0.0.1 it took the rewrite of every translated path (/fr/campagnes/…)
// for another origin and answered it with a redirect to itself.
const app = next({ dev: false, dir, port });
await app.prepare();
const handle = app.getRequestHandler();
const upgrade = app.getUpgradeHandler();
// As `next start` does: a request that throws gets a 500 and a log line, never a crashed process.
const listener = observed(
  /** @type {import("node:http").RequestListener} */ async (request, response) => {
    markClient(request);
    if (await serveMetrics(request, response)) return;
    if (serveFromCache(request, response)) return;
    keepForCache(request, response);
    handle(request, response).catch((/** @type {unknown} */ error) => {
      // The error, not the URL: a query string may hold a token.
      log.error({ err: error }, "request failed");
      if (!response.headersSent) response.statusCode = 500;
      response.end(response.headersSent ? undefined : "Internal Server Error");
    });
  },
);
// The busiest pages rendered once before the port opens (lib/http/warm-up.mjs says why).
await warmUp(listener);
const server = createServer(listener);
// Idle keep-alive connections outlive nginx's (60 s, deploy/nginx/chorus.conf): with Node's 5 s
// default, nginx now and then reused a connection the instant we closed it, counted the error
// against this healthy process, and with the other process down answered 503 for its fail_timeout.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.on("upgrade", (request, socket, head) => {
  markClient(request);
  upgrade(request, socket, head).catch((/** @type {unknown} */ error) => {
    log.error({ err: error }, "upgrade failed");
    socket.destroy();
  });
});
await new Promise((resolve, reject) => {
  server.once("error", reject);
  // No hostname: every interface, as `next start` without -H.
  server.listen(port, hostname, () => resolve(undefined));
});
log.info({ host: hostname ?? "every interface", port }, "web server listening");

// Below a platform's usual 30 s between SIGTERM and SIGKILL, so the pool still closes cleanly.
const DRAIN_MS = 25_000;
let stopping = false;
/** @param {NodeJS.Signals} signal */
function stop(signal) {
  if (stopping) return;
  stopping = true;
  startDraining();
  log.info({ signal }, "draining: finishing requests in flight");
  const cutOff = setTimeout(() => {
    log.warn({ afterMs: DRAIN_MS }, "drain took too long: closing the remaining connections");
    server.closeAllConnections();
  }, DRAIN_MS);
  cutOff.unref();
  server.close(async () => {
    clearTimeout(cutOff);
    await app.close().catch((/** @type {unknown} */ error) => log.error({ err: error }, "Next did not close cleanly"));
    await runShutdownHooks();
    log.info("stopped");
    process.exit(0);
  });
  // Idle keep-alive connections would hold close() open until they time out; busy ones close
  // after their answer (request-observer sends Connection: close while draining).
  server.closeIdleConnections();
}
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
