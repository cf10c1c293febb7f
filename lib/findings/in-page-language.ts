import type { Locale } from "@/lib/i18n/routing";

/**
 * A record's text in the page's language. French texts may be missing (a summary not yet
 * translated, a title left blank): the English one is shown instead, with `lang: "en"` for the
 * element that holds it, so a screen reader reads it with an English voice.
 */
export function inPageLanguage(pair: { en: string; fr: string | null }, locale: Locale): { text: string; lang?: "en" } {
  if (locale === "en") return { text: pair.en };
  return pair.fr?.trim() ? { text: pair.fr } : { text: pair.en, lang: "en" };
}
