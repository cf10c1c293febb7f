import { routing } from "@/lib/i18n/routing";

export const MASK = "[hidden]";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// One path segment as it can appear in an email's text or HTML (attributes end at a quote).
const SEGMENT = "[^/?#\\s\"'<>]+";

/*
 * Every page whose address carries a secret ([token]: confirm, writer link, unsubscribe,
 * preferences), in each language, read from the routing table so that a new token page is masked
 * without anyone remembering to add it here; plus the one-click unsubscribe address.
 */
function tokenPathPatterns(): string[] {
  const paths = ["/api/unsubscribe/[token]"];
  for (const [key, entry] of Object.entries(routing.pathnames)) {
    if (!key.includes("[token]")) continue;
    const byLocale = typeof entry === "string" ? { en: entry, fr: entry } : entry;
    for (const locale of routing.locales) paths.push(`/${locale}${byLocale[locale]}`);
  }
  return [...new Set(paths)].map((path) =>
    path
      .split(/(\[[a-z]+\])/)
      .map((part) => (part === "[token]" ? `(${SEGMENT})` : part.startsWith("[") ? SEGMENT : escape(part)))
      .join(""),
  );
}

const TOKEN_PATH = new RegExp(`(?:${tokenPathPatterns().join("|")})`, "g");
// Auth.js sign-in links carry theirs in the query: ?token=…&email=… (or &amp; in HTML).
const TOKEN_QUERY = /([?&](?:amp;)?token=)[^&\s"'<>]+/g;

/**
 * The email's text or HTML with every secret in its links replaced by [hidden], for whoever reads
 * mail that was not sent to them (organisers in the panel's email log): each such link acts as
 * its recipient (confirms their signature, opens their letter composer, changes their
 * subscription, signs them in).
 */
export function maskSecretLinks(body: string): string {
  return body
    .replace(TOKEN_PATH, (match, ...groups: unknown[]) => {
      const token = groups.find((group) => typeof group === "string" && group.length > 0) as string | undefined;
      return token ? `${match.slice(0, match.length - token.length)}${MASK}` : match;
    })
    .replace(TOKEN_QUERY, `$1${MASK}`);
}
