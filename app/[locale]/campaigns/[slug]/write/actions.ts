"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { currentLetterWriter } from "@/server/letters/letter-writer";
import { sendLetters } from "@/server/letters/send-letters";

/** The composer's button: sends as the supporter this browser proved to be (never as a form field says). */
export async function sendLettersAction(slug: string, locale: string, form: FormData): Promise<void> {
  const current = isLocale(locale) ? locale : "en";
  const writer = await currentLetterWriter();
  const back = (query: Record<string, string>) => redirect({ href: { pathname: "/campaigns/[slug]/write", params: { slug }, query }, locale: current });
  if (!writer) return back({ error: "notSigned" });
  const fields = Object.fromEntries(form);
  // "Another riding" is a radio with an empty value and a list beside it.
  if (!fields.riding && fields.otherRiding) fields.riding = fields.otherRiding;
  const result = await sendLetters(slug, current, writer, fields);
  if (!result.ok) {
    const [field, error] = Object.entries(result.errors)[0] ?? ["form", "closed"];
    return back({ error, field, postalCode: String(form.get("postalCode") ?? "") });
  }
  return back({ sent: result.sent.map((target) => target.name).join("|") });
}
