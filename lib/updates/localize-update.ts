import { routing, type Locale } from "@/lib/i18n/routing";
import { numberCitations, type NumberedCitation } from "./citations";

type Pathname = keyof typeof routing.pathnames;

/**
 * A page's path in a language, from the routing table. Plain string work rather than next-intl's
 * getPathname, so feeds, the JSON API and tests outside Next can use it.
 */
export function localizedPath(pathname: Pathname, locale: Locale, params: Record<string, string> = {}): string {
  const entry = routing.pathnames[pathname];
  const template = typeof entry === "string" ? entry : entry[locale];
  return `/${locale}${template.replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(params[name] ?? ""))}`.replace(/\/$/, "");
}

/** Where a finding's page is, in a language; absolute when a site address is given (feeds, API). */
export const findingHref = (id: string, locale: Locale, origin = "") => `${origin}${localizedPath("/findings/[id]", locale, { id })}`;

/** Where an update's page is, in a language; absolute when a site address is given. */
export const updateHref = (update: { id: string; campaign: { slug: string } }, locale: Locale, origin = "") =>
  `${origin}${localizedPath("/campaigns/[slug]/updates/[id]", locale, { slug: update.campaign.slug, id: update.id })}`;

/**
 * An update's body in one language, its citations numbered and linked to the findings' pages.
 * `known` says which ids the library holds (the rest stay visible as typed).
 */
export function localizeUpdateBody(body: string, locale: Locale, known: (id: string) => boolean, origin = ""): { markdown: string; citations: NumberedCitation[] } {
  return numberCitations(body, (id) => (known(id) ? findingHref(id, locale, origin) : null));
}
