import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TimelineEntry } from "@/components/findings/timeline-entry";
import { TimelineFilters } from "@/components/findings/timeline-filters";
import { groupByYear } from "@/lib/findings/finding-date";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { findingsTimeline } from "@/server/public-pages/public-reads";
import { parseTimelineQuery, type TimelineQuery } from "@/server/findings/timeline-query";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = translatedTitle("Findings", "title");

const PAGE_SIZE = 50;

/** The filters as a query string again, for the paging links (which keep them). */
function filterQuery({ after: _after, binding, includeIncomplete, ...rest }: TimelineQuery): Record<string, string> {
  return { ...rest, ...(binding !== undefined && { binding: String(binding) }), ...(includeIncomplete && { includeIncomplete: "true" }) } as Record<string, string>;
}

/**
 * The public timeline of findings, newest first, a heading per year, 50 a page by keyset (an
 * "older" link carries the last record's key), filtered by a plain GET form. Records still to be
 * confirmed stay off it, as the organiser's editor promises, unless a reader asks for them; then
 * each carries a visible flag.
 */
export default async function FindingsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { query, ignored } = parseTimelineQuery(await searchParams);
  const [t, page] = await Promise.all([getTranslations({ locale, namespace: "Findings" }), findingsTimeline({ ...query, limit: PAGE_SIZE })]);
  const filters = filterQuery(query);
  return (
    <>
      <h1>{t("heading")}</h1>
      <p className="lead">{t("intro")}</p>
      <TimelineFilters query={query} />
      {ignored.length > 0 && (
        <p role="status" className="notice">
          {t("ignored", { fields: ignored.map((field) => t(`fields.${field}`)).join(", ") })}
        </p>
      )}
      {page.items.length === 0 && <p className="notice">{t("empty")}</p>}
      {groupByYear(page.items).map(({ year, items }) => (
        <section key={year} aria-labelledby={`year-${year}`}>
          <h2 id={`year-${year}`} className="timeline-year">
            {year}
          </h2>
          <ol className="timeline">
            {items.map((item) => (
              <TimelineEntry key={item.id} item={item} />
            ))}
          </ol>
        </section>
      ))}
      {(page.next || query.after) && (
        <nav aria-label={t("pages")} className="pager">
          {query.after && <Link href={{ pathname: "/findings", query: filters }}>{t("newest")}</Link>}
          {page.next && <Link href={{ pathname: "/findings", query: { ...filters, after: page.next } }}>{t("older")}</Link>}
        </nav>
      )}
    </>
  );
}
