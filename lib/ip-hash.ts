import { createHmac, hkdfSync } from "node:crypto";

/**
 * IP addresses are never stored: only a keyed hash, enough to rate-limit and to spot a flood from
 * one address, useless to anyone without the secret.
 */
export function hashIp(secret: string, ip: string): string {
  const key = Buffer.from(hkdfSync("sha256", secret, "chorus-ip-hash", "ip", 32));
  return createHmac("sha256", key).update(ip.trim().toLowerCase()).digest("hex").slice(0, 32);
}
