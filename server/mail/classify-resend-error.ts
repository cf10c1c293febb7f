import type { SendOutcome } from "./outgoing";

type ResendError = { statusCode?: number | null; name?: string; message?: string };

/**
 * Sorts a Resend error into retry-or-not. Rate limits, server errors, timeouts and network
 * failures are temporary; validation and authorisation errors will fail the same way again.
 */
export function classifyResendError(error: ResendError, headers: Record<string, string> | null): SendOutcome {
  const status = error.statusCode ?? null;
  const message = `${error.name ?? "error"}: ${error.message ?? "unknown"}`;
  if (status === null) return { ok: false, retryable: true, status, message };
  if (status === 429) {
    const retryAfter = Number(headers?.["retry-after"]);
    return { ok: false, retryable: true, status, message, retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : 1 };
  }
  if (status === 409 && error.name === "invalid_idempotent_request") {
    // This key was already used for a send we no longer have the answer to: it went out.
    return { ok: true, providerIds: [], alreadySent: true };
  }
  if (status === 409 || status >= 500) return { ok: false, retryable: true, status, message };
  return { ok: false, retryable: false, status, message };
}
