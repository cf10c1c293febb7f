import { apiTranslator } from "@/lib/i18n/api-translator";
import { isLocale, type Locale } from "@/lib/i18n/routing";

export const feedTypes = { rss: "application/rss+xml; charset=utf-8", atom: "application/atom+xml; charset=utf-8" } as const;

/** A feed's language from `?lang=fr` (English otherwise, and for any value it does not know). */
export function feedLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return isLocale(lang) ? lang : "en";
}

/** The path and query a feed was asked for, for its self link. */
export const selfPath = (request: Request) => {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
};

/**
 * A feed document, or 404. Feed readers poll often: a CDN may answer for a minute and keep
 * answering for ten while it fetches a fresh copy (the web server's own cache keeps it ten seconds,
 * keyed by `lang` only, the one parameter feeds read); any site may read it (CORS), like open data.
 */
export function feedResponse(xml: string | null, format: keyof typeof feedTypes, locale: Locale = "en"): Response {
  if (xml === null) return new Response(apiTranslator(locale)("Api.notFound"), { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(xml, {
    headers: { "content-type": feedTypes[format], "access-control-allow-origin": "*", "cache-control": "public, max-age=0, s-maxage=60, stale-while-revalidate=600", "x-chorus-query": "lang" },
  });
}
