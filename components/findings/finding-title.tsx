import { useLocale } from "next-intl";
import { inPageLanguage } from "@/lib/findings/in-page-language";
import type { Locale } from "@/lib/i18n/routing";

/** A record's title in the page's language, or in English (marked so) when it has no French one. */
export function FindingTitle({ title }: { title: { en: string; fr: string } }) {
  const { text, lang } = inPageLanguage(title, useLocale() as Locale);
  return <span lang={lang}>{text}</span>;
}
