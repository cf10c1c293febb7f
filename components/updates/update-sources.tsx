import { useLocale, useTranslations } from "next-intl";
import { safeUrl } from "@/lib/markdown/safe-url";
import { formatCalendarDate } from "@/lib/i18n/dates";
import { inPageLanguage } from "@/lib/findings/in-page-language";
import type { Locale } from "@/lib/i18n/routing";
import type { NumberedCitation } from "@/lib/updates/citations";

export type SourceFinding = { id: string; date: string; title: { en: string; fr: string }; sources: { url: string; title: string; publisher: string | null }[] };

type Props = { idPrefix: string; headingLevel: 2 | 3 | 4; citations: NumberedCitation[]; findings: Map<string, SourceFinding> };

/**
 * The "Sources" list under an update: each cited finding under its number, with its title
 * (linking to its page), its date and the issuing body's own publications (tier 1), linking out.
 * Nothing when the update cites nothing.
 */
export function UpdateSources({ idPrefix, headingLevel, citations, findings }: Props) {
  const t = useTranslations("Updates");
  const locale = useLocale() as Locale;
  if (citations.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={`${idPrefix}-sources`} className="update-sources">
      <Heading id={`${idPrefix}-sources`}>{t("sources")}</Heading>
      <ol>
        {citations.map((citation) => {
          const finding = findings.get(citation.id);
          if (!finding) return null;
          const title = inPageLanguage(finding.title, locale);
          return (
            <li key={citation.id} value={citation.n}>
              <a href={citation.href} lang={title.lang}>
                {title.text}
              </a>{" "}
              <span className="muted">({formatCalendarDate(finding.date, locale)})</span>
              {finding.sources.length > 0 && (
                <ul>
                  {finding.sources.map((source) => (
                    <li key={source.url}>
                      {t("issuedBy")}{" "}
                      <a href={safeUrl(source.url)} rel="noopener noreferrer">
                        {source.title}
                      </a>
                      {source.publisher && <span className="muted"> — {source.publisher}</span>}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
