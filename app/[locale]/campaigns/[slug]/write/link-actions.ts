"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { rememberLetterWriter } from "@/server/letters/letter-writer";
import { openWriterLink } from "@/server/letters/open-writer-link";
import { requestWriterLink, type WriterLinkState } from "@/server/letters/request-writer-link";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { visitorRequestContext } from "@/server/request/visitor-context";

/** "Email me a link": the same answer whether or not the address signed. */
export async function requestWriterLinkAction(slug: string, locale: string, _state: WriterLinkState, form: FormData): Promise<WriterLinkState> {
  const email = String(form.get("email") ?? "");
  const context = await visitorRequestContext();
  const result = await orUnavailable(() => requestWriterLink(context, slug, isLocale(locale) ? locale : "en", { email }));
  if (result === UNAVAILABLE) return { error: UNAVAILABLE, email };
  return result.ok ? { sent: true } : { error: result.error, email };
}

/** The link page's button: spends the link, remembers the writer in this browser, opens the composer. */
export async function openWriterLinkAction(slug: string, locale: string, token: string): Promise<void> {
  const current = isLocale(locale) ? locale : "en";
  const link = await openWriterLink(await visitorRequestContext(), token);
  if (!link.ok) return redirect({ href: { pathname: "/campaigns/[slug]/write/open/[token]", params: { slug, token }, query: { expired: "1" } }, locale: current });
  await rememberLetterWriter(link.supporterId);
  return redirect({ href: { pathname: "/campaigns/[slug]/write", params: { slug } }, locale: current });
}
