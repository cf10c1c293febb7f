import { env } from "@/lib/env";
import type { OutgoingEmail, SendOutcome } from "./outgoing";
import { resendTransport } from "./resend-transport";

/**
 * Resend when RESEND_API_KEY is set; otherwise the local outbox: nothing leaves the machine and
 * the message is kept (by the caller) for organisers to read.
 */
export type Transport = { kind: "resend"; send(email: OutgoingEmail, key: string): Promise<SendOutcome>; sendBatch(emails: OutgoingEmail[], key: string): Promise<SendOutcome> } | { kind: "outbox" };

let cached: Transport | undefined;

export function transport(): Transport {
  if (cached) return cached;
  const { RESEND_API_KEY, RESEND_BASE_URL, MAIL_TIMEOUT_MS } = env();
  cached = RESEND_API_KEY ? { kind: "resend", ...resendTransport({ apiKey: RESEND_API_KEY, baseUrl: RESEND_BASE_URL, timeoutMs: MAIL_TIMEOUT_MS }) } : { kind: "outbox" };
  return cached;
}
