import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { hashIp } from "@/lib/ip-hash";

/**
 * The keyed hash of the visitor's IP address (the address itself is never stored). Each proxy in
 * front of us appends the address it received from to X-Forwarded-For, and Next adds the socket's
 * address when the header is missing, so the client is TRUSTED_PROXY_COUNT entries from the right;
 * anything further left was written by the client itself.
 */
export async function clientIpHash(source?: Headers): Promise<string | null> {
  const list = source ?? (await headers());
  const entries = (list.get("x-forwarded-for") ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  const ip = entries[Math.max(0, entries.length - env().TRUSTED_PROXY_COUNT)] ?? list.get("x-real-ip");
  return ip ? hashIp(env().AUTH_SECRET, ip) : null;
}
