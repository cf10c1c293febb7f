import { createHmac, timingSafeEqual } from "node:crypto";
import { deriveKey } from "@/lib/crypto/derive-key";

/*
 * Tokens for links that must keep working for months (unsubscribe, preferences): nothing is
 * stored, so nothing leaks from the database; the HMAC proves we issued it, and it expires.
 * Confirmation links, which must be single-use, use stored hashed tokens instead.
 */

const keyFor = (secret: string, purpose: string) => deriveKey(secret, `signed-token:${purpose}`);

export type TokenClaims = { sub: string; iat: number };

export function signToken(secret: string, purpose: string, subject: string, issuedAt = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ sub: subject, iat: Math.floor(issuedAt / 1000) })).toString("base64url");
  const mac = createHmac("sha256", keyFor(secret, purpose)).update(payload).digest("base64url");
  return `${payload}.${mac}`;
}

/** The subject of a valid, unexpired token for this purpose; null for anything else. */
export function verifyToken(secret: string, purpose: string, token: string, maxAgeSeconds: number, now = Date.now()): string | null {
  const [payload, mac, extra] = token.split(".");
  if (!payload || !mac || extra !== undefined) return null;
  const expected = createHmac("sha256", keyFor(secret, purpose)).update(payload).digest();
  const given = Buffer.from(mac, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as Partial<TokenClaims>;
    if (typeof claims.sub !== "string" || typeof claims.iat !== "number") return null;
    if (now / 1000 - claims.iat > maxAgeSeconds) return null;
    return claims.sub;
  } catch {
    return null;
  }
}
