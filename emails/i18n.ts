import { createTranslator } from "use-intl/core";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { Locale } from "@/lib/i18n/routing";

const catalogues = { en, fr };

/** Email text comes from the same catalogues as the site, under "Email". */
export function emailTranslator(locale: Locale) {
  return createTranslator({ locale, messages: catalogues[locale], namespace: "Email" });
}

export type EmailTranslator = ReturnType<typeof emailTranslator>;
