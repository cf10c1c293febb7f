"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";

/** The unsubscribe page's button: the only way the footer link unsubscribes (a POST, never a GET). */
export async function unsubscribeAction(token: string, locale: string): Promise<void> {
  await unsubscribeSupporter(token, "email-link");
  // The page then reads the new state itself; a bad token already shows "this link does not work".
  redirect({ href: { pathname: "/unsubscribe/[token]", params: { token } }, locale: isLocale(locale) ? locale : "en" });
}
