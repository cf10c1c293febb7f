import { defineRouting } from "next-intl/routing";

export const locales = ["en", "fr"] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/*
 * The locale is always in the URL, so a shared link opens in the language it was shared in.
 * A visitor without one is sent to the language their browser asks for (Accept-Language).
 */
export const routing = defineRouting({
  locales,
  defaultLocale: "en",
  localePrefix: "always",
  pathnames: {
    "/": "/",
    "/campaigns/[slug]": { en: "/campaigns/[slug]", fr: "/campagnes/[slug]" },
  },
});
