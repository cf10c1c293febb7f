import { localizedPath } from "@/lib/i18n/localized-path";
import { signToken, verifyToken } from "@/lib/tokens/signed-token";

/*
 * Links in bulk mail that must work without signing in. The token names the supporter and is
 * signed, not stored; it stays valid for a year (CASL asks for at least 60 days after sending).
 */

const PURPOSE = "email-preferences";
const MAX_AGE_SECONDS = 366 * 24 * 3600;

export function preferencesToken(secret: string, supporterId: string): string {
  return signToken(secret, PURPOSE, supporterId);
}

/** The supporter id behind a token, or null when it is forged, altered or too old. */
export function supporterFromToken(secret: string, token: string): string | null {
  return verifyToken(secret, PURPOSE, token, MAX_AGE_SECONDS);
}

/** The organiser sign-in page, for invitations. */
export function signInPageUrl(appUrl: string, locale: "en" | "fr"): string {
  return `${appUrl}${localizedPath(locale, "/admin/sign-in")}`;
}

/** The page where a signer confirms, with its button (only the POST behind it confirms). */
export function confirmationUrl(appUrl: string, locale: "en" | "fr", token: string): string {
  return `${appUrl}${localizedPath(locale, "/confirm/[token]", { token })}`;
}

/** The page that lets a supporter who signed earlier back into a campaign's letter composer (its button). */
export function writerLinkUrl(appUrl: string, locale: "en" | "fr", slug: string, token: string): string {
  return `${appUrl}${localizedPath(locale, "/campaigns/[slug]/write/open/[token]", { slug, token })}`;
}

/** The page where anyone asks for a link to their data: the "Your data" link in every email's footer. */
export function myDataPageUrl(appUrl: string, locale: "en" | "fr"): string {
  return `${appUrl}${localizedPath(locale, "/my-data")}`;
}

/** The page a my-data link opens, with its button (only the POST behind it spends the link). */
export function myDataLinkUrl(appUrl: string, locale: "en" | "fr", token: string): string {
  return `${appUrl}${localizedPath(locale, "/my-data/open/[token]", { token })}`;
}

export function mailLinks(appUrl: string, locale: "en" | "fr", token: string) {
  return {
    /** RFC 8058 one-click target: POST unsubscribes; GET sends the reader to the page, which only asks. */
    oneClickUrl: `${appUrl}/api/unsubscribe/${token}`,
    /** The footer link: the page shows a button, and only its POST unsubscribes. */
    unsubscribeUrl: `${appUrl}${localizedPath(locale, "/unsubscribe/[token]", { token })}`,
    /** The preferences page: which campaigns, which language, or nothing at all. */
    preferencesUrl: `${appUrl}${localizedPath(locale, "/preferences/[token]", { token })}`,
  };
}
