import "server-only";
import { eq, sql } from "drizzle-orm";
import { signatures } from "@/db/schema";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { confirmationUrl } from "@/server/mail/links";
import { newSecretToken } from "@/lib/tokens/secret-token";
import type { TxContext } from "@/server/context";
import { queueEmail } from "@/server/mail/queue-email";

export const TOKEN_LIFETIME_DAYS = 7;
// The first email and at most three re-sends.
export const MAX_CONFIRMATION_SENDS = 4;

/** The idempotency key of a signature's n-th confirmation email: the signing statement writes the first (insert-new-signature.ts), this the rest. */
export const confirmationKey = (signatureId: string, send: number) => `confirm/${signatureId}/${send}`;

type Signature = { id: string; name: string; email: string; locale: Locale; supporterId: string; confirmationSends: number };

/**
 * Issues a fresh confirmation link (a new token; only its hash is kept, valid 7 days) and queues
 * the email, in the caller's transaction. Returns false once the signature has had its four emails.
 */
export async function queueConfirmation(tx: TxContext, signature: Signature, campaignTitle: string): Promise<boolean> {
  if (signature.confirmationSends >= MAX_CONFIRMATION_SENDS) return false;
  const { token, hash } = newSecretToken();
  const sends = signature.confirmationSends + 1;
  await tx.db
    .update(signatures)
    .set({ confirmTokenHash: hash, confirmTokenExpiresAt: sql`now() + make_interval(days => ${TOKEN_LIFETIME_DAYS})`, confirmationSends: sends })
    .where(eq(signatures.id, signature.id));
  await queueEmail(tx, {
    category: "transactional",
    template: "confirm-signature",
    props: { name: signature.name, campaignTitle, confirmUrl: confirmationUrl(env().APP_URL, signature.locale, token) },
    locale: signature.locale,
    to: signature.email,
    toName: signature.name,
    supporterId: signature.supporterId,
    idempotencyKey: confirmationKey(signature.id, sends),
  });
  return true;
}
