import { createHmac } from "node:crypto";
import { deriveKey } from "./crypto/derive-key";

/**
 * IP addresses are never stored: only a keyed hash, enough to rate-limit and to spot a flood from
 * one address, useless to anyone without the secret.
 */
export function hashIp(secret: string, ip: string): string {
  return createHmac("sha256", deriveKey(secret, "ip-hash")).update(ip.trim().toLowerCase()).digest("hex").slice(0, 32);
}
