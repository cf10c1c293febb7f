/* A finding's date is a calendar day as precisely as known ("2021-02-03", "2024-12", "2025"): it is shown with formatCalendarDate from lib/i18n/dates. */

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
