import { apiTranslator } from "@/lib/i18n/api-translator";
import { isLocale } from "@/lib/i18n/routing";
import { orUnavailable, UNAVAILABLE } from "./or-unavailable";

// Long enough for a restarting database, short enough that a partner's retry is soon.
const RETRY_AFTER_SECONDS = 10;

/** 503 {"error": "<translated message>"} with Retry-After: what an API write answers during an outage. */
export function unavailableResponse(locale: unknown, headers: Record<string, string> = {}): Response {
  // Outside a page's request scope too (route handlers answer before any layout sets a locale).
  const current = isLocale(locale) ? locale : "en";
  return Response.json({ error: apiTranslator(current)("Unavailable.message") }, { status: 503, headers: { ...headers, "retry-after": String(RETRY_AFTER_SECONDS), "cache-control": "no-store" } });
}

/** An API route's work, answered with a translated 503 if the database could not be reached. */
export async function respondUnlessUnavailable(locale: () => unknown, work: () => Promise<Response>, headers?: Record<string, string>): Promise<Response> {
  const response = await orUnavailable(work);
  return response === UNAVAILABLE ? unavailableResponse(locale(), headers) : response;
}
