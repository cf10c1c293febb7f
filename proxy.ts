import createMiddleware from "next-intl/middleware";
import { NextRequest } from "next/server";
import { env } from "@/lib/env";
import { bodyLimits, bodyTooLarge } from "@/lib/http/read-body";
import { shareablePage } from "@/lib/http/shareable-pages";
import { routing } from "@/lib/i18n/routing";
import { newNonce, pagePolicy, strictTransportSecurity } from "@/lib/security/content-security-policy";

const localeRouting = createMiddleware(routing);
const development = process.env.NODE_ENV === "development";

/*
 * Locale routing, and each page's Content-Security-Policy with a fresh nonce. Next reads the policy
 * from the request headers and puts its nonce on the scripts it renders; pages read `x-nonce` for
 * any script of their own. Authorisation is checked on the server, page by page. Nothing here reads
 * the database, so public pages keep their headers while PostgreSQL is unreachable.
 */
export default function proxy(request: NextRequest) {
  // A form or server action post larger than Next accepts: Next would answer it with a 500 (or its
  // error page without JavaScript) after reading it; refuse it here, unread, with the API's 413.
  if (request.method === "POST" && Number(request.headers.get("content-length")) > bodyLimits.serverAction) {
    return bodyTooLarge(request, bodyLimits.serverAction);
  }
  const nonce = newNonce();
  const policy = pagePolicy(nonce, development);
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("content-security-policy", policy);
  const response = localeRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  const hsts = strictTransportSecurity(env().APP_URL);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  // Public pages say so to the web server's shared cache, which turns this into Cache-Control
  // (Next overwrites that header on dynamic pages) and never stores a personal request's page.
  const shared = response.status === 200 ? shareablePage(request.method, request.nextUrl.pathname) : null;
  if (shared) {
    // next-intl remembers the locale in a cookie; a shared page has its locale in its address, and
    // a response setting a cookie is one no shared cache may keep. (The bare "/" still follows Accept-Language.)
    if (response.headers.getSetCookie().every((cookie) => cookie.startsWith("NEXT_LOCALE="))) response.headers.delete("set-cookie");
    response.headers.set("x-chorus-share", shared.share);
    response.headers.set("x-chorus-query", shared.query);
  }
  return response;
}

export const config = {
  /*
   * 1. The home page. 2. Every path under a locale, dots included: links carry signed tokens
   *    ("payload.mac"), and a French path such as /fr/desabonnement/<token> exists only through the
   *    rewrite done here. (A literal list: Next reads the matcher at build time; keep it in step with
   *    `locales` in lib/i18n/routing.ts, which proxy.test.ts checks.)
   * 3. Any other path without an extension, to get its locale prefix; API routes, Next internals,
   *    feeds and static files (favicon.ico, robots.txt…) bypass.
   */
  matcher: ["/", "/(en|fr)/:path*", "/((?!api|_next|_vercel|feeds|.*\\..*).*)"],
};
