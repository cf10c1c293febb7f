// The one module that may import resend (eslint.config.mjs allows it here only): everything else queues an email.
import { Resend } from "resend";
import { classifyResendError } from "./classify-resend-error";
import type { OutgoingEmail, SendOutcome } from "./outgoing";

/*
 * The only module that talks to Resend. Every call carries an idempotency key and a timeout: a
 * call that times out is retried with the same key, and Resend answers the retry with the first
 * result instead of sending again.
 */

export type ResendTransport = {
  send(email: OutgoingEmail, idempotencyKey: string): Promise<SendOutcome>;
  /** Up to 100 emails in one request. */
  sendBatch(emails: OutgoingEmail[], idempotencyKey: string): Promise<SendOutcome>;
};

function toApi(email: OutgoingEmail) {
  return { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text, replyTo: email.replyTo, headers: email.headers };
}

async function guarded(timeoutMs: number, call: (signal: AbortSignal) => Promise<SendOutcome>): Promise<SendOutcome> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    return await call(signal);
  } catch (error) {
    const message = signal.aborted ? `timeout after ${timeoutMs} ms` : `network: ${(error as Error).message}`;
    return { ok: false, retryable: true, status: null, message };
  }
}

export function resendTransport(options: { apiKey: string; baseUrl?: string; timeoutMs: number }): ResendTransport {
  const client = new Resend(options.apiKey, options.baseUrl ? { baseUrl: options.baseUrl } : undefined);
  return {
    send: (email, idempotencyKey) =>
      guarded(options.timeoutMs, async (signal) => {
        const { data, error, headers } = await client.emails.send(toApi(email), { idempotencyKey, signal });
        return error ? classifyResendError(error, headers) : { ok: true, providerIds: [data?.id ?? null] };
      }),
    sendBatch: (emails, idempotencyKey) =>
      guarded(options.timeoutMs, async (signal) => {
        const { data, error, headers } = await client.batch.send(emails.map(toApi), { idempotencyKey, signal });
        if (error) return classifyResendError(error, headers);
        return { ok: true, providerIds: emails.map((_, index) => data?.data[index]?.id ?? null) };
      }),
  };
}
