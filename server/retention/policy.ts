import "server-only";
import { env } from "@/lib/env";

/**
 * How long Chorus keeps each kind of personal data, from the environment (defaults in lib/env.ts,
 * listed in the README). The privacy page shows these same figures, so what it promises is what the
 * daily retention job does. A campaign may set its own signer period (campaigns.signer_retention_months).
 */
export type RetentionPolicy = {
  /** Pending signatures go this long after their last confirmation link expired. */
  unconfirmedDays: number;
  /** Signatures marked fraudulent go this long after they were marked. */
  fraudulentDays: number;
  /** Signers' and writers' personal data is anonymised this long after their campaign closed. */
  signersMonths: number;
  /** Email bodies (html, text, props) are erased this long after the email was queued. */
  emailBodyDays: number;
  /** Delivery records (the email_messages rows themselves) go this long after the email was queued. */
  deliveryMonths: number;
  /** Webhook payloads from the mail provider are erased this long after they arrived. */
  webhookDays: number;
};

export function retentionPolicy(): RetentionPolicy {
  const e = env();
  return {
    unconfirmedDays: e.RETENTION_UNCONFIRMED_DAYS,
    fraudulentDays: e.RETENTION_FRAUDULENT_DAYS,
    signersMonths: e.RETENTION_SIGNERS_MONTHS,
    emailBodyDays: e.RETENTION_EMAIL_BODY_DAYS,
    deliveryMonths: e.RETENTION_DELIVERY_MONTHS,
    webhookDays: e.RETENTION_WEBHOOK_DAYS,
  };
}
