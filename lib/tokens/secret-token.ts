import { createHash } from "node:crypto";
import { randomText } from "@/lib/crypto/random-pool.mjs";

/*
 * Single-use tokens for links in emails (signature confirmation): 32 random bytes for the link,
 * only their SHA-256 in the database, so a copy of the database confirms nothing.
 */

export function newSecretToken(): { token: string; hash: string } {
  const token = randomText(32, "base64url");
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether a link's token has the shape of one of these: anything else is answered "invalid" without a lookup. */
export function isSecretToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{20,100}$/.test(token);
}
