import type { AbstractIntlMessages } from "next-intl";
import { getMessages } from "next-intl/server";
import type { Locale } from "./routing";

/*
 * Only what client components translate goes to the browser: handing the whole catalogue to every
 * page put some 50 KB of text (most of it the organiser panel's) into each public page's payload.
 * Server components read the full catalogue on the server and send none of it. A client component
 * that starts using another namespace must add it here (a missing one fails loudly in the browser
 * tests).
 */
export const PUBLIC_CLIENT_NAMESPACES = ["Error", "Sign", "Write"];
export const PANEL_CLIENT_NAMESPACES = [...PUBLIC_CLIENT_NAMESPACES, "Admin", "Findings", "Updates"];

export async function clientMessages(locale: Locale, namespaces: readonly string[]): Promise<AbstractIntlMessages> {
  const all = await getMessages({ locale });
  return Object.fromEntries(namespaces.filter((name) => name in all).map((name) => [name, all[name]!]));
}
