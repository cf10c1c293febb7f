import { z } from "zod";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";

/*
 * An organiser's sign-in link opens a page of ours with a button, not Auth.js's callback itself:
 * the callback spends the token on arrival, so a mail scanner following the link would use it up
 * (or sign itself in). Only the button's POST reaches the callback, which Auth.js accepts for
 * email sign-in with the same query as its GET.
 */

const CALLBACK = "/api/auth/callback/email";

/** The emailed address: the page, carrying the callback's query (token, address, where to land). */
export function signInLinkPageUrl(callbackUrl: string, locale: Locale): string {
  const callback = new URL(callbackUrl);
  return `${callback.origin}${localizedPath(locale, "/admin/sign-in/link")}${callback.search}`;
}

const query = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{20,200}$/),
  email: z.string().max(254).pipe(z.email()),
  // Auth.js sends only callback addresses of this site; anything else is not ours to forward.
  callbackUrl: z.string().max(500).optional(),
});

/** Where the page's button posts, or null when the link is incomplete or altered. */
export function signInCallbackTarget(raw: Record<string, string | string[] | undefined>, appUrl: string): string | null {
  const parsed = query.safeParse(raw);
  if (!parsed.success) return null;
  const { token, email, callbackUrl } = parsed.data;
  const params = new URLSearchParams({ token, email });
  if (callbackUrl) {
    const origin = new URL(appUrl).origin;
    let landing: URL;
    try {
      landing = new URL(callbackUrl, origin);
    } catch {
      return null;
    }
    if (landing.origin !== origin) return null;
    params.set("callbackUrl", landing.toString());
  }
  return `${CALLBACK}?${params}`;
}
