import { hkdfSync } from "node:crypto";

const keys = new Map<string, Buffer>();

/**
 * A 32-byte key for one purpose, derived from the application secret (HKDF-SHA256), so that no
 * two uses share a key. Derived once per process: it sits on the signing hot path.
 */
export function deriveKey(secret: string, info: string): Buffer {
  const id = `${info}\u0000${secret}`;
  let key = keys.get(id);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "chorus", info, 32));
    keys.set(id, key);
  }
  return key;
}
