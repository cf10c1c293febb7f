"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { orUnavailable } from "@/server/outage/or-unavailable";
import { visitorRequestContext } from "@/server/request/visitor-context";

/** The unsubscribe page's button: the only way the footer link unsubscribes (a POST, never a GET). */
export async function unsubscribeAction(token: string, locale: string): Promise<void> {
  // The page then reads the new state itself: a bad token shows "this link does not work", and a
  // database that is away shows "briefly unavailable" (nothing was changed; the button is pressed again).
  await orUnavailable(async () => unsubscribeSupporter(await visitorRequestContext(), token, "email-link"));
  redirect({ href: { pathname: "/unsubscribe/[token]", params: { token } }, locale: isLocale(locale) ? locale : "en" });
}
