import { env } from "@/lib/env";
import { database, type Context } from "@/server/context";
import type { SendOutcome } from "./outgoing";
import { acquireSendSlot, pauseSending } from "./send-slot";

const QUICK_RETRIES = 2;
const BASE_DELAY_MS = 250;

/**
 * One provider call under the shared rate limit, retried twice within the job for a passing
 * fault (exponential backoff with full jitter: up to 250 ms, then 500 ms). A fault that outlasts
 * that is handed back, and the queue retries the job on its longer schedule. Every try carries
 * the same idempotency key, so none of them can send twice.
 */
export async function sendWithRetries(ctx: Context, call: () => Promise<SendOutcome>): Promise<SendOutcome> {
  let outcome: SendOutcome = { ok: false, retryable: true, status: null, message: "not attempted" };
  for (let attempt = 0; attempt <= QUICK_RETRIES; attempt++) {
    await acquireSendSlot(database(ctx), env().MAIL_RATE_PER_SECOND);
    outcome = await call();
    if (outcome.ok || !outcome.retryable) return outcome;
    // After a 429 everyone waits for Retry-After; the queue retries the job after that.
    if (outcome.retryAfterSeconds) {
      await pauseSending(database(ctx), outcome.retryAfterSeconds);
      return outcome;
    }
    if (attempt < QUICK_RETRIES) await new Promise((resolve) => setTimeout(resolve, Math.random() * BASE_DELAY_MS * 2 ** attempt));
  }
  return outcome;
}
