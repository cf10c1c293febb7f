import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-address.mjs";
import { hashIp } from "@/lib/ip-hash";
import { log } from "@/lib/log/logger.mjs";

let warned = false;

/**
 * The keyed hash of the visitor's IP address (the address itself is never stored). The address is
 * the one our web server decided from the socket and TRUSTED_PROXY_COUNT (scripts/web-server.mjs);
 * X-Forwarded-For is never read here, since on a direct connection the client writes it. Without
 * that header the app was started some other way (`next dev`, a bare `next start`): no address is
 * known, so per-IP limits are off and per-address limits alone hold; a production log says so once.
 */
export async function clientIpHash(source?: Headers): Promise<string | null> {
  const ip = (source ?? (await headers())).get(CLIENT_ADDRESS_HEADER);
  if (ip) return hashIp(env().AUTH_SECRET, ip);
  if (!warned && env().NODE_ENV === "production") {
    warned = true;
    log.warn("[request] no client address: start the web server with npm start (scripts/web-server.mjs), not next start; per-IP limits are off");
  }
  return null;
}
