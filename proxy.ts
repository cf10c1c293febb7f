import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Only locale routing happens here; authorisation is checked on the server, page by page.
export default createMiddleware(routing);

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
