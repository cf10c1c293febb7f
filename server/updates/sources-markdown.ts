import "server-only";
import { createTranslator } from "next-intl";
import { formatCalendarDate } from "@/lib/i18n/dates";
import { inPageLanguage } from "@/lib/findings/in-page-language";
import type { Locale } from "@/lib/i18n/routing";
import type { NumberedCitation } from "@/lib/updates/citations";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import type { CitedFinding } from "./load-cited-findings";

// Markdown link text: brackets and backslashes would end or bend it.
const linkText = (text: string) => text.replace(/[\\[\]]/g, "\\$&");

/**
 * An update's "Sources" list as Markdown, for the email and the feeds, reading as the site's
 * (components/updates/update-sources.tsx): each cited finding under its number, its title linking
 * to its page, its date in the same words, then the issuing body's own publications. Empty when
 * the update cites nothing.
 */
export function sourcesMarkdown(locale: Locale, citations: NumberedCitation[], findings: Map<string, CitedFinding>): string {
  const t = createTranslator({ locale, messages: locale === "fr" ? fr : en, namespace: "Updates" });
  const items = citations.flatMap(({ n, id, href }) => {
    const finding = findings.get(id);
    if (!finding) return [];
    const sources = finding.sources.map((source) => `   - ${t("issuedBy")} [${linkText(source.title)}](<${source.url}>)${source.publisher ? ` — ${source.publisher}` : ""}`);
    return [`${n}. [${linkText(inPageLanguage(finding.title, locale).text)}](<${href}>) (${formatCalendarDate(finding.date, locale)})`, ...sources];
  });
  return items.length === 0 ? "" : `**${t("sources")}**\n\n${items.join("\n")}`;
}
