"use server";

import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { rememberLetterWriter } from "@/server/letters/letter-writer";
import { openWriterLink } from "@/server/letters/open-writer-link";
import { requestWriterLink } from "@/server/letters/request-writer-link";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";
import { clientIpHash } from "@/server/request/client-ip-hash";

export type WriterLinkState = { sent?: boolean; error?: string; email?: string };

/** "Email me a link": the same answer whether or not the address signed. */
export async function requestWriterLinkAction(slug: string, locale: string, _state: WriterLinkState, form: FormData): Promise<WriterLinkState> {
  const email = String(form.get("email") ?? "");
  const ipHash = await clientIpHash();
  const result = await orUnavailable(() => requestWriterLink(slug, isLocale(locale) ? locale : "en", { email }, ipHash));
  if (result === UNAVAILABLE) return { error: UNAVAILABLE, email };
  return result.ok ? { sent: true } : { error: result.error, email };
}

/** The link page's button: spends the link, remembers the writer in this browser, opens the composer. */
export async function openWriterLinkAction(slug: string, locale: string, token: string): Promise<void> {
  const current = isLocale(locale) ? locale : "en";
  const link = await openWriterLink(token);
  if (!link) return redirect({ href: { pathname: "/campaigns/[slug]/write/open/[token]", params: { slug, token }, query: { expired: "1" } }, locale: current });
  await rememberLetterWriter(link.supporterId);
  return redirect({ href: { pathname: "/campaigns/[slug]/write", params: { slug } }, locale: current });
}
