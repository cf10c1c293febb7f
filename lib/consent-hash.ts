import { createHash } from "node:crypto";

/**
 * Fingerprint of a consent wording in both languages. Stored with every consent record so that
 * the text a supporter agreed to can be proven unchanged years later.
 */
export function consentTextHash(text: { en: string; fr: string }): string {
  return createHash("sha256").update(`en:${text.en}\u0000fr:${text.fr}`).digest("hex");
}
