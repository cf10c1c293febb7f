import { createCipheriv, createDecipheriv } from "node:crypto";
import { randomBytesFromPool } from "./random-pool.mjs";
import { deriveKey } from "./derive-key";

/*
 * Authenticated encryption (AES-256-GCM) for secrets that must wait in the database until a
 * worker uses them, such as the link inside a queued sign-in email. The key is derived from
 * AUTH_SECRET, so a copy of the database alone reveals nothing.
 */

const keyFor = (secret: string) => deriveKey(secret, "seal:email-secrets");

export function seal(secret: string, value: unknown): string {
  const iv = randomBytesFromPool(12);
  const cipher = createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** The sealed value; throws when it was altered or sealed with another secret. */
export function unseal<T = unknown>(secret: string, sealed: string): T {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) throw new Error("malformed sealed value");
  const decipher = createDecipheriv("aes-256-gcm", keyFor(secret), iv);
  decipher.setAuthTag(tag);
  return JSON.parse(Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8")) as T;
}
