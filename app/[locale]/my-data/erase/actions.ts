"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { eraseMyData } from "@/server/privacy/erase-my-data";
import { endMyDataSession, myDataSessionSupporter } from "@/server/privacy/my-data-session";
import { visitorRequestContext } from "@/server/request/visitor-context";

/** The erase page's button: erase the supporter this browser's session names, then forget the session. */
export async function eraseMyDataAction(locale: string, form: FormData): Promise<void> {
  const current = isLocale(locale) ? locale : "en";
  const supporterId = await myDataSessionSupporter();
  if (!supporterId) return redirect({ href: "/my-data/view", locale: current });
  const result = await orUnavailable(async () => eraseMyData(await visitorRequestContext(), supporterId, form));
  if (result === UNAVAILABLE) return redirect({ href: { pathname: "/my-data/erase", query: { error: UNAVAILABLE } }, locale: current });
  if (!result.ok && result.error === "confirm") return redirect({ href: { pathname: "/my-data/erase", query: { error: "confirm" } }, locale: current });
  // Erased now, or already ("gone"): either way the cookie names no one any more.
  await endMyDataSession();
  return redirect({ href: "/my-data/erased", locale: current });
}
