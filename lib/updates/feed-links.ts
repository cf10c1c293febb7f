import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";

/** The feeds of the site's updates (or one campaign's), in a language: paths from the site root. */
export function feedPaths(locale: Locale, slug?: string) {
  const base = slug ? `/feeds/campaigns/${slug}/updates` : "/feeds/updates";
  const lang = locale === "fr" ? "?lang=fr" : "";
  return { rss: `${base}.rss${lang}`, atom: `${base}.atom${lang}` };
}

/** <link rel="alternate"> tags for a page's head, so browsers and feed readers find the feeds. */
export function feedAlternates(locale: Locale, title: string, slug?: string): Metadata["alternates"] {
  const paths = feedPaths(locale, slug);
  return { types: { "application/rss+xml": [{ url: paths.rss, title: `${title} (RSS)` }], "application/atom+xml": [{ url: paths.atom, title: `${title} (Atom)` }] } };
}
