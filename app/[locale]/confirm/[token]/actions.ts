"use server";

import { localizedPath } from "@/lib/i18n/localized-path";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { rememberLetterWriter } from "@/server/letters/letter-writer";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { visitorRequestContext } from "@/server/request/visitor-context";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { resendConfirmation } from "@/server/signatures/resend-confirmation";

function page(token: string, locale: Locale, query: Record<string, string>) {
  return redirect({ href: { pathname: "/confirm/[token]", params: { token }, query }, locale });
}

/**
 * The confirmation button: the only thing that confirms a signature, and only the first press
 * does. `shown` is the fingerprint of the details the page showed, so the click confirms those.
 */
export async function confirmAction(token: string, locale: string, shown: string): Promise<void> {
  const current = isLocale(locale) ? locale : "en";
  const context = await visitorRequestContext();
  const result = await orUnavailable(async () => {
    // The consent is recorded with this visitor's client key and page (never the token).
    const confirmed = await confirmSignature(context, token, { source: localizedPath(current, "/confirm/[token]"), shown });
    // That click proved the address: this browser may now write letters as this supporter. A
    // link already used grants nothing, however often it is posted.
    if (confirmed.ok) await rememberLetterWriter(confirmed.supporterId);
    return confirmed;
  });
  // The database could not be reached: the page says so, with the button to try again.
  if (result === UNAVAILABLE) return page(token, current, { state: UNAVAILABLE });
  if (result.ok) redirect({ href: { pathname: "/campaigns/[slug]/thank-you", params: { slug: result.slug } }, locale: current });
  else page(token, current, { state: result.error });
}

export async function resendAction(token: string, locale: string): Promise<void> {
  const context = await visitorRequestContext();
  const result = await orUnavailable(() => resendConfirmation(context, token));
  const state = result === UNAVAILABLE ? UNAVAILABLE : result.ok ? "resent" : result.error;
  page(token, isLocale(locale) ? locale : "en", { state });
}
