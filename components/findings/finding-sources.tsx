import { useLocale, useTranslations } from "next-intl";
import { safeUrl } from "@/lib/markdown/safe-url";
import type { FindingSource } from "@/server/findings/import/finding-record";
import { formatCalendarDate } from "@/lib/i18n/dates";

const TIERS = [1, 2, 3] as const;

/**
 * A record's sources under the tier they belong to (the issuing body itself, then press and law
 * firms, then commentary), so a reader sees at once what rests on the primary text. Within a
 * tier, in the record's own order.
 */
export function FindingSources({ sources }: { sources: FindingSource[] }) {
  const t = useTranslations("Findings");
  const locale = useLocale();
  if (sources.length === 0) return <p className="muted">{t("noSources")}</p>;
  return TIERS.map((tier) => {
    const inTier = sources.filter((source) => source.tier === tier);
    if (inTier.length === 0) return null;
    return (
      <section key={tier} aria-labelledby={`tier-${tier}`} className="source-tier">
        <h3 id={`tier-${tier}`}>{t(`tier${tier}`)}</h3>
        <ul>
          {inTier.map((source, index) => (
            <li key={index}>
              <a href={safeUrl(source.url)} rel="noopener noreferrer">
                {source.title}
              </a>
              {(source.publisher || source.date) && <span className="muted"> — {[source.publisher, source.date && formatCalendarDate(source.date, locale)].filter(Boolean).join(", ")}</span>}
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
