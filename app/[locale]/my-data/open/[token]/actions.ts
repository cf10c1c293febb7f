"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { startMyDataSession } from "@/server/privacy/my-data-session";
import { openMyDataLink } from "@/server/privacy/open-my-data-link";
import { visitorRequestContext } from "@/server/request/visitor-context";

/** The link page's button: spends the link, opens a my-data session in this browser, shows the data. */
export async function openMyDataLinkAction(locale: string, token: string): Promise<void> {
  const current = isLocale(locale) ? locale : "en";
  const context = await visitorRequestContext();
  const link = await orUnavailable(() => openMyDataLink(context, token));
  // The database could not be reached: the link is unspent, and the page offers its button again.
  if (link === UNAVAILABLE) return redirect({ href: { pathname: "/my-data/open/[token]", params: { token }, query: { state: UNAVAILABLE } }, locale: current });
  if (!link.ok) return redirect({ href: { pathname: "/my-data/open/[token]", params: { token }, query: { state: "expired" } }, locale: current });
  await startMyDataSession(link.supporterId);
  return redirect({ href: "/my-data/view", locale: current });
}
