import { createHash } from "node:crypto";

type Details = {
  name: string;
  email: string;
  postalCode: string | null;
  country: string;
  locale: string;
  petitionConsentId: string | null;
  updatesConsentId: string | null;
};

/**
 * A short digest of what a pending signature would confirm, as its confirmation page shows it.
 * The page's button carries it, and confirming refuses when the details changed in between (a
 * later signing of the same address replaced them), so the click consents to what was on screen.
 */
export function detailsFingerprint(details: Details): string {
  const { name, email, postalCode, country, locale, petitionConsentId, updatesConsentId } = details;
  return createHash("sha256")
    .update(JSON.stringify([name, email, postalCode, country, locale, petitionConsentId, updatesConsentId]))
    .digest("base64url")
    .slice(0, 22);
}
