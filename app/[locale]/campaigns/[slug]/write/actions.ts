"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { composeLetters, composerValues, type ComposeState } from "@/server/letters/compose-letters";
import { currentLetterWriter } from "@/server/letters/letter-writer";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { visitorRequestContext } from "@/server/request/visitor-context";

/** The composer's buttons (see composeLetters), as the supporter this browser's writer cookie proves. */
export async function writeLettersAction(slug: string, locale: string, _state: ComposeState, form: FormData): Promise<ComposeState> {
  const result = await orUnavailable(async () => composeLetters(await visitorRequestContext(), slug, locale, await currentLetterWriter(), form));
  // The database could not be reached: the composer comes back as written, saying to try again.
  if (result === UNAVAILABLE) return { step: "compose", values: composerValues(form), error: { field: "form", key: UNAVAILABLE } };
  // The page lists the letters as stored (see listSentLetters): the address carries no names.
  if (result.step === "sent") return redirect({ href: { pathname: "/campaigns/[slug]/write", params: { slug }, query: { sent: "1" } }, locale: isLocale(locale) ? locale : "en" });
  return result;
}
