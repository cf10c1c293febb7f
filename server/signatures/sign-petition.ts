import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { transaction } from "@/jobs/transaction";
import { seal } from "@/lib/crypto/seal";
import { canonicalEmail } from "@/lib/email/canonical";
import { env } from "@/lib/env";
import { confirmationUrl } from "@/lib/mail/links";
import { newSecretToken } from "@/lib/tokens/secret-token";
import { insertNewSignature } from "./insert-new-signature";
import { pickVersion, signingTarget } from "./open-campaign";
import { queueAlreadySigned } from "./queue-already-signed";
import { queueConfirmation } from "./queue-confirmation";
import type { SignatureFields } from "./schemas";

export type SignContext = {
  ipHash: string | null;
  /** The page path, or "api". */
  source: string;
  /** The consent versions the form showed (the API uses the current ones). */
  petitionConsentId?: string;
  updatesConsentId?: string;
};

export type SignResult = { status: "pending" } | { status: "not-found" } | { status: "closed" };

/**
 * Records a signature and queues its confirmation email, atomically: the supporter, the pending
 * signature, the consent given (with the exact wording's version) and the email. Signing again
 * with the same address (in any spelling) adds nothing and answers the same, re-sending the
 * confirmation while it is pending (four emails at most), or, once confirmed, an email saying it
 * was already counted (one a day at most). Over a rate limit the signature is kept but marked
 * fraudulent, never counted and never emailed, and the answer is the same again.
 */
export async function signPetition(slug: string, fields: SignatureFields, context: SignContext): Promise<SignResult> {
  const target = await signingTarget(slug);
  if (target.state !== "open") return { status: target.state };
  const { AUTH_SECRET, APP_URL, SIGN_LIMIT_PER_IP_PER_HOUR, SIGN_LIMIT_PER_EMAIL_PER_HOUR } = env();
  const canonical = canonicalEmail(fields.email);
  const title = target.title[fields.locale];
  const petitionConsent = pickVersion(target.petitionConsents, context.petitionConsentId)!;
  const updatesConsent = fields.subscribe ? (pickVersion(target.updatesConsents, context.updatesConsentId) ?? null) : null;
  const { token, hash } = newSecretToken();
  const { created, overLimit } = await insertNewSignature({
    signatureId: randomUUID(),
    campaignId: target.id,
    ...fields,
    canonicalEmail: canonical,
    ipHash: context.ipHash,
    source: context.source,
    tokenHash: hash,
    ipLimit: SIGN_LIMIT_PER_IP_PER_HOUR,
    emailLimit: SIGN_LIMIT_PER_EMAIL_PER_HOUR,
    petitionConsent,
    updatesConsent,
    emailProps: JSON.stringify({ name: fields.name, campaignTitle: title }),
    sealedProps: seal(AUTH_SECRET, { confirmUrl: confirmationUrl(APP_URL, fields.locale, token) }),
  });
  if (created) return { status: "pending" };

  // Signed before: while still pending, a fresh link goes to the same address; once confirmed, the
  // news that it already counts (unless this visitor is over the limit: no mail on their behalf).
  await transaction(async (tx) => {
    const [existing] = await tx.db
      .select()
      .from(signatures)
      .where(and(eq(signatures.campaignId, target.id), eq(signatures.canonicalEmail, canonical)))
      .for("update");
    if (existing?.state === "pending") await queueConfirmation(tx, existing, title);
    if (existing?.state === "confirmed" && !overLimit) {
      await queueAlreadySigned(tx, existing, { slug: target.slug, title, lettersEnabled: target.lettersEnabled }, fields.locale, context.ipHash);
    }
  });
  return { status: "pending" };
}
