import { detailsFingerprint } from "./details-fingerprint";
import { TOKEN_LIFETIME_DAYS } from "./queue-confirmation";

/*
 * The same signing sent twice in quick succession: a double click, or a client sending again
 * after a 503 whose write had in fact been committed (the connection was lost with the COMMIT's
 * answer, as when PostgreSQL restarts). Answering it with a fresh link would retire the link
 * already on its way, so the first email would open on "this link does not work". Within this
 * window an identical repeat changes nothing; after it, signing again sends a fresh link as before
 * (someone whose email did not come).
 */
export const REPEAT_WINDOW_MS = 2 * 60_000;

type Pending = Parameters<typeof detailsFingerprint>[0] & { confirmTokenExpiresAt: Date | null };

/** Whether `details` are exactly the pending signature's and its link was issued moments ago. */
export function isRepeatedRequest(pending: Pending, details: Parameters<typeof detailsFingerprint>[0], now = Date.now()): boolean {
  if (!pending.confirmTokenExpiresAt) return false;
  const issuedAt = pending.confirmTokenExpiresAt.getTime() - TOKEN_LIFETIME_DAYS * 86_400_000;
  return now - issuedAt < REPEAT_WINDOW_MS && detailsFingerprint(pending) === detailsFingerprint(details);
}
