import type { Locale } from "./routing";

/** Picks the text for a locale from a bilingual pair of columns. */
export function localized(pair: { en: string; fr: string }, locale: Locale): string {
  return locale === "fr" ? pair.fr : pair.en;
}
