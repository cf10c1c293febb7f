import { NextRequest } from "next/server";
import { handlers } from "@/auth";
import { bodyLimits, readBody } from "@/lib/http/read-body";
import { preferredLocale } from "@/lib/i18n/preferred-locale";
import { signInLinkPageUrl } from "@/server/mail/sign-in-link";

/*
 * Auth.js's own endpoints, with two guards of ours in front:
 * - a GET of the email callback (someone, or a mail scanner, opening an old-style link) spends
 *   nothing: it is sent to our page whose button posts the same query, the only way to use a token;
 * - a body is read with a cap, like every other route's, before Auth.js sees it.
 */

export async function GET(request: NextRequest) {
  if (new URL(request.url).pathname.endsWith("/callback/email")) {
    const locale = preferredLocale(request.headers.get("accept-language"));
    return Response.redirect(signInLinkPageUrl(request.url, locale), 303);
  }
  return handlers.GET(request);
}

export async function POST(request: NextRequest) {
  const read = await readBody(request, bodyLimits.authForm);
  if (!read.ok) return read.response;
  return handlers.POST(new NextRequest(request.url, { method: "POST", headers: request.headers, body: read.text }));
}
