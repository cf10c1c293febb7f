import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { numberCitations, type NumberedCitation } from "./citations";
import { safeUrl } from "@/lib/markdown/safe-url";
import { resolveUpdateHref, rewriteMarkdownLinks } from "./update-links";

/** Where a finding's page is, in a language; absolute when a site address is given (feeds, API). */
export const findingHref = (id: string, locale: Locale, origin = "") => `${origin}${localizedPath(locale, "/findings/[id]", { id })}`;

/** Where an update's page is, in a language; absolute when a site address is given. */
export const updateHref = (update: { id: string; campaign: { slug: string } }, locale: Locale, origin = "") => `${origin}${localizedPath(locale, "/campaigns/[slug]/updates/[id]", { slug: update.campaign.slug, id: update.id })}`;

/**
 * An update's body in one language, its citations numbered and linked to the findings' pages.
 * `known` says which ids the library holds (the rest stay visible as typed). The organiser's own
 * links to our pages point the same everywhere (see resolveUpdateHref): from the site root on the
 * site, absolute from `origin` in emails and feeds; an address that could run code is emptied.
 */
export function localizeUpdateBody(body: string, locale: Locale, known: (id: string) => boolean, origin = ""): { markdown: string; citations: NumberedCitation[] } {
  const { markdown, citations } = numberCitations(body, (id) => (known(id) ? findingHref(id, locale, origin) : null));
  return { markdown: rewriteMarkdownLinks(markdown, (href) => safeUrl(resolveUpdateHref(href, locale, origin)) ?? ""), citations };
}
