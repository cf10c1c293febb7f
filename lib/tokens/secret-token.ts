import { createHash, randomBytes } from "node:crypto";

/*
 * Single-use tokens for links in emails (signature confirmation): 32 random bytes for the link,
 * only their SHA-256 in the database, so a copy of the database confirms nothing.
 */

export function newSecretToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashSecretToken(token) };
}

export function hashSecretToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
