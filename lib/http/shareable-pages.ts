/*
 * Which pages everyone sees alike, so a shared cache may keep them (proxy.ts marks them; the web
 * server's cache, lib/http/response-cache.mjs, and nginx in front honour the mark). Listed by
 * address, English and French spellings, after the locale. Everything not listed here (admin,
 * my-data, confirm, unsubscribe, preferences, mailbox, the letter composer, sign-in, the pages
 * after signing) stays private. See docs/caching.md for the lifetimes.
 */

/** A page showing a live count: memo 0.25 s + web cache 0.25 s + nginx 1 s leaves half of the 2 s budget's last second for rendering. */
const LIVE = "s-maxage=1, stale-while-revalidate=10";
/** A page without a count: an organiser's change reaches other processes and nginx within 10 s. */
const CALM = "s-maxage=10, stale-while-revalidate=60";

// The timeline's filters (server/findings/timeline-query.ts): every other parameter leaves the key.
const TIMELINE = "kind,jurisdiction,tag,binding,includeIncomplete,after";

const SLUG = "[^/]+";
const PAGES: { path: RegExp; share: string; query: string }[] = [
  { path: /^\/?$/, share: LIVE, query: "" },
  { path: new RegExp(`^/(campaigns|campagnes)/${SLUG}$`), share: LIVE, query: "" },
  { path: new RegExp(`^/(campaigns|campagnes)/${SLUG}/opengraph-image[^/]*$`), share: CALM, query: "" },
  { path: new RegExp(`^/(campaigns|campagnes)/${SLUG}/(updates|mises-a-jour)$`), share: CALM, query: "before" },
  { path: new RegExp(`^/(campaigns|campagnes)/${SLUG}/(updates|mises-a-jour)/${SLUG}$`), share: CALM, query: "" },
  { path: /^\/(updates|mises-a-jour)$/, share: CALM, query: "before" },
  { path: /^\/(findings|constats)$/, share: CALM, query: TIMELINE },
  { path: new RegExp(`^/(findings|constats)/${SLUG}$`), share: CALM, query: "" },
  { path: /^\/(privacy|confidentialite)$/, share: CALM, query: "" },
];

/** The shared-cache mark of a GET for this path (with its locale), or null when the page is personal. */
export function shareablePage(method: string, pathname: string): { share: string; query: string } | null {
  if (method !== "GET" && method !== "HEAD") return null;
  const match = /^\/(en|fr)(\/.*)?$/.exec(pathname);
  if (!match) return null;
  const rest = match[2] ?? "";
  const page = PAGES.find(({ path }) => path.test(rest));
  return page ? { share: page.share, query: page.query } : null;
}
