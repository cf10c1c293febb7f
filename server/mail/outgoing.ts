/** An email ready to hand to a transport: rendered, addressed, with its headers. */
export type OutgoingEmail = {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
  headers?: Record<string, string>;
};

/**
 * What a send attempt came to. `retryable` failures are tried again with the same idempotency
 * key; `alreadySent` means the provider had already accepted this key (a retry after a lost
 * answer), which counts as sent.
 */
export type SendOutcome = { ok: true; providerIds: (string | null)[]; alreadySent?: boolean } | { ok: false; retryable: boolean; retryAfterSeconds?: number; status: number | null; message: string };
