import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { seal } from "@/lib/crypto/seal";
import { canonicalEmail } from "@/server/mail/canonical";
import { env } from "@/lib/env";
import { metrics } from "@/lib/metrics/registry.mjs";
import { confirmationUrl } from "@/server/mail/links";
import { Refused } from "@/lib/refused";
import { failed, ok, type Result } from "@/lib/result";
import { newSecretToken } from "@/lib/tokens/secret-token";
import { clientKeyOf, transaction, type Context } from "@/server/context";
import { pickVersion } from "./consent-texts";
import { insertNewSignature } from "./insert-new-signature";
import { signingTarget } from "./open-campaign";
import { alreadySignedOverLimit, queueAlreadySigned } from "./queue-already-signed";
import { queueConfirmation } from "./queue-confirmation";
import { replacePendingDetails } from "./replace-pending-details";
import { isRepeatedRequest } from "./repeated-request";
import type { SignatureFields } from "./schemas";
import { withSupporter } from "./with-supporter";

export type SignOptions = {
  /** The page path, or "api". */
  source: string;
  /** The consent versions the form showed (the API uses the current ones). */
  petitionConsentId?: string;
  updatesConsentId?: string;
};

/** Pending confirmation (the same answer for a new address, a repeat and a signer over a limit), or closed. */
export type SignResult = Result<object, "closed">;

/**
 * Records a signature and queues its confirmation email, atomically: the supporter, the pending
 * signature (with the exact wording's versions it was shown, which its confirmation records as
 * consent) and the email. Signing again with the same address (in any spelling) adds no signature
 * and answers the same: while it is pending, the new details replace the old and a fresh link is
 * sent (four emails at most; each one retires the link before it; not for the very same details
 * again within two minutes, see repeated-request.ts); once confirmed, an email saying
 * it was already counted (one a day at most). Over a rate limit the signature is kept but marked
 * fraudulent, never counted and never emailed, a repeat changes nothing, and the answer is the same.
 * Limits count by the visitor's client key (its keyed address hash, from the context). A campaign
 * that is not there (or not published, or has no petition) is refused as "not-found".
 */
export async function signPetition(context: Context, slug: string, fields: SignatureFields, options: SignOptions): Promise<SignResult> {
  const target = await signingTarget(slug);
  if (target.state === "not-found") throw new Refused("not-found");
  if (target.state !== "open") return failed(target.state);
  const ipHash = clientKeyOf(context);
  const { AUTH_SECRET, APP_URL, SIGN_LIMIT_PER_IP_PER_HOUR, SIGN_LIMIT_PER_EMAIL_PER_HOUR } = env();
  const canonical = canonicalEmail(fields.email);
  const title = target.title[fields.locale];
  const petitionConsent = pickVersion(target.petitionConsents, options.petitionConsentId)!;
  const updatesConsent = fields.subscribe ? (pickVersion(target.updatesConsents, options.updatesConsentId) ?? null) : null;
  const { token, hash } = newSecretToken();
  const { created, overLimit } = await insertNewSignature({
    signatureId: randomUUID(),
    campaignId: target.id,
    ...fields,
    canonicalEmail: canonical,
    ipHash,
    source: options.source,
    tokenHash: hash,
    ipLimit: SIGN_LIMIT_PER_IP_PER_HOUR,
    emailLimit: SIGN_LIMIT_PER_EMAIL_PER_HOUR,
    petitionConsent,
    updatesConsent,
    emailProps: JSON.stringify({ name: fields.name, campaignTitle: title }),
    sealedProps: seal(AUTH_SECRET, { confirmUrl: confirmationUrl(APP_URL, fields.locale, token) }),
  });
  metrics().signaturesAccepted.inc();
  if (created) return ok();

  // Signed before: while still pending, these details replace the earlier ones and a fresh link
  // goes to the same address; once confirmed, the news that it already counts. A visitor over a
  // limit changes nothing and has nothing mailed on their behalf.
  if (overLimit) return ok();
  const confirmed = await transaction(context, async (tx) => {
    const [found] = await tx.db
      .select()
      .from(signatures)
      .where(and(eq(signatures.campaignId, target.id), eq(signatures.canonicalEmail, canonical)))
      .for("update");
    // A forgotten signer's row no longer carries their address, so it is never the one found here.
    const existing = found ? withSupporter(found) : null;
    if (existing?.state === "pending") {
      const details = { ...fields, source: options.source, petitionConsentId: petitionConsent.id, updatesConsentId: updatesConsent?.id ?? null };
      // Sent twice (a double click, a retry after a lost answer): the link already sent stands.
      if (isRepeatedRequest(existing, details)) return;
      const latest = await replacePendingDetails(tx, existing.id, details);
      const replaced = latest ? withSupporter(latest) : null;
      if (replaced) await queueConfirmation(tx, replaced, title);
    }
    return existing?.state === "confirmed" ? existing : null;
  });
  // Outside the transaction above: the visitor's limit is counted on the pool (see alreadySignedOverLimit).
  if (confirmed && !(await alreadySignedOverLimit(context))) {
    await transaction(context, (tx) => queueAlreadySigned(tx, confirmed, { slug: target.slug, title, lettersEnabled: target.lettersEnabled }, fields.locale));
  }
  return ok();
}
