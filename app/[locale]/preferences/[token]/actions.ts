"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { visitorRequestContext } from "@/server/request/visitor-context";
import { savePreferences } from "@/server/subscribers/save-preferences";

const back = (token: string, locale: string, query: Record<string, string>) => redirect({ href: { pathname: "/preferences/[token]", params: { token }, query }, locale: isLocale(locale) ? locale : "en" });

/** The preferences form: language and campaigns, for the supporter the email's token names. */
export async function savePreferencesAction(token: string, locale: string, form: FormData): Promise<void> {
  const chosen = String(form.get("locale") ?? "");
  const result = await orUnavailable(async () => savePreferences(await visitorRequestContext(), token, form));
  if (result === UNAVAILABLE) return back(token, locale, { error: UNAVAILABLE });
  // The page answers in the language just chosen.
  if (result.ok) return back(token, isLocale(chosen) ? chosen : locale, { saved: "1" });
  return back(token, locale, { error: result.error });
}

/** "Unsubscribe from all updates", recorded as a withdrawal of consent like the email's own link. */
export async function unsubscribeEverythingAction(token: string, locale: string): Promise<void> {
  const result = await orUnavailable(async () => unsubscribeSupporter(await visitorRequestContext(), token, "preferences-page"));
  if (result === UNAVAILABLE) return back(token, locale, { error: UNAVAILABLE });
  return back(token, locale, result.ok ? { unsubscribed: "1" } : { error: "invalid" });
}
