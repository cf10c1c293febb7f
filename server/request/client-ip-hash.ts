import "server-only";
import { headers } from "next/headers";
import { env } from "@/lib/env";
import { hashIp } from "@/lib/ip-hash";

/**
 * The keyed hash of the visitor's IP address. Behind a load balancer the client is the first
 * address of X-Forwarded-For (Next sets it for direct connections too); the address itself is
 * never stored.
 */
export async function clientIpHash(source?: Headers): Promise<string | null> {
  const list = source ?? (await headers());
  const ip = list.get("x-forwarded-for")?.split(",")[0]?.trim() || list.get("x-real-ip");
  return ip ? hashIp(env().AUTH_SECRET, ip) : null;
}
