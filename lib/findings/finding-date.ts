/*
 * A finding's date is shown as precisely as it is known: a record dated "2024-12" happened some
 * day that month, and printing "1 December 2024" would invent a day. Dates are calendar days with
 * no time of day, so they are formatted in UTC (never shifted by the server's time zone).
 */

const STYLES = {
  day: { day: "numeric", month: "long", year: "numeric" },
  month: { month: "long", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** "2021-02-03" → "February 3, 2021" / "3 février 2021"; "2024-12" → "December 2024"; "2025" → "2025". */
export function formatFindingDate(date: string, locale: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year) return date;
  const style = day ? "day" : month ? "month" : "year";
  const when = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return formatter(locale === "fr" ? "fr-CA" : "en-CA", style).format(when);
}

// Building an Intl.DateTimeFormat costs far more than using one, and a timeline page formats 50
// dates: one formatter per language and precision, made once.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, style: keyof typeof STYLES): Intl.DateTimeFormat {
  const key = `${locale}:${style}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: "UTC" })));
  return made;
}

/** The year a record belongs to on the timeline. */
export const findingYear = (date: string) => date.slice(0, 4);

/** Timeline items (already newest or oldest first) in runs of one year each, for a heading per year. */
export function groupByYear<T extends { date: string }>(items: T[]): { year: string; items: T[] }[] {
  const groups: { year: string; items: T[] }[] = [];
  for (const item of items) {
    const year = findingYear(item.date);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}
