import { createHmac } from "node:crypto";
import { deriveKey } from "./crypto/derive-key";

/**
 * The one form in which Chorus remembers a person it has forgotten: a keyed hash of their
 * canonical address (server/mail/canonical.ts), for the suppression list and the CASL proof kept
 * after an erasure. Keyed, so that a copy of the database cannot test a list of addresses against
 * it; its own key, so that it matches no other hash Chorus stores.
 */
export function subjectHash(secret: string, canonicalAddress: string): string {
  return createHmac("sha256", deriveKey(secret, "subject-hash")).update(canonicalAddress).digest("hex");
}
