import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, clientAddress } from "../lib/http/client-address";
import { env, EnvError } from "../lib/env";

/*
 * The production web server: Next's request handler behind a plain node:http server of ours, for
 * one reason. Next fills X-Forwarded-For from the socket only when a request has none, so once a
 * client writes that header itself the socket's address is lost to the app, and any per-IP limit
 * could be dodged by writing a new address on every request. Here the socket is still at hand: the
 * client's address is decided once (lib/http/client-address.ts, TRUSTED_PROXY_COUNT) and handed to
 * the app in a header no client can set. Otherwise it behaves like `next start`: same port and
 * host flags, and SIGTERM/SIGINT stop accepting, finish the requests in flight, then exit.
 *
 * Usage: node --import tsx scripts/web-server.ts -p <port> [-H <hostname>]
 */

function flag(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

function markClient(request: IncomingMessage, trustedProxies: number): void {
  delete request.headers[CLIENT_ADDRESS_HEADER];
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], trustedProxies);
  if (address) request.headers[CLIENT_ADDRESS_HEADER] = address;
}

async function main(): Promise<void> {
  const settings = env();
  const port = Number(flag("-p") ?? settings.PORT);
  const hostname = flag("-H");
  const app = next({ dev: false, dir: process.cwd(), port, ...(hostname && { hostname }) });
  await app.prepare();
  const handle = app.getRequestHandler();
  const upgrade = app.getUpgradeHandler();
  const server = createServer((request, response) => {
    markClient(request, settings.TRUSTED_PROXY_COUNT);
    void handle(request, response);
  });
  server.on("upgrade", (request: IncomingMessage, socket, head) => {
    markClient(request, settings.TRUSTED_PROXY_COUNT);
    void upgrade(request, socket, head);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // No hostname: every interface, as `next start` without -H.
    server.listen(port, hostname, resolve);
  });
  console.log(`Web server listening on ${hostname ?? "every interface"}, port ${port}.`);

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    server.close(() => {
      void app.close().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
    });
    // Idle keep-alive connections would hold close() open until they time out.
    server.closeIdleConnections();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
  process.exit(1);
});
