// The only schemes a link or image in organiser-written text may use, wherever it is shown.
const ALLOWED = new Set(["http", "https", "mailto"]);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * The one rule for every URL that Markdown turns into a link or an image, on the site, in feeds
 * and in emails: kept when it has no scheme (a path on the site, an anchor) or http, https or
 * mailto; undefined otherwise (javascript:, data:, vbscript:, file:…). Read as a browser reads it:
 * tabs and line breaks anywhere and control characters or spaces at either end are ignored there
 * ("java\tscript:" runs), so they are removed before the scheme is looked at. Character
 * references ("jav&#x61;script:") are already decoded by the Markdown parser.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== "string") return undefined;
  const cleaned = stripIgnored(url);
  // The Markdown parser percent-encodes what it cannot keep ("java%09script:"): harmless as a
  // relative link, but refused too, so that no text version or mail client can read it back.
  if (!allowedScheme(cleaned) || !allowedScheme(stripIgnored(percentDecoded(cleaned)))) return undefined;
  return cleaned;
}

// Browsers ignore these before reading a scheme.
const stripIgnored = (url: string) => url.replace(/[\t\n\r]/g, "").replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "");

function allowedScheme(url: string): boolean {
  const scheme = SCHEME.exec(url)?.[1];
  return scheme === undefined || ALLOWED.has(scheme.toLowerCase());
}

function percentDecoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}
