import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "./routing";

const catalogues = { en, fr };

// One translator per language for the life of the process: the catalogues never change while it
// runs, and building one on every signing request was work the bare route never does.
const build = (locale: Locale) => createTranslator({ locale, messages: catalogues[locale] });
const translators: Record<Locale, ReturnType<typeof build>> = { en: build("en"), fr: build("fr") };

/**
 * Route handlers' refusals come from the catalogues too. Built from the messages directly rather
 * than next-intl's request config: a route handler has no page, and the same code then runs in
 * tests that call the handler as a function.
 */
export function apiTranslator(locale: Locale) {
  return translators[locale];
}
