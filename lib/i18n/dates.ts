import { BoundedMap } from "../bounded-map";

/*
 * The one way Chorus writes a date, so the site, the panel, emails and feeds agree. French follows
 * Canadian usage: "1er décembre 2026" (the ordinal on the first of the month only), "5 mars 2021",
 * times "14 h 30" (with no-break spaces); English is Canadian English ("December 1, 2026", "2:30 p.m.").
 * A moment (a Date) is shown in a time zone, the organisation's (Toronto unless told otherwise);
 * a calendar day with no time of day ("2021-02-03", "2024-12", "2025") is shown as written.
 */

export const DEFAULT_TIME_ZONE = "America/Toronto";

const STYLES = {
  date: { day: "numeric", month: "long", year: "numeric" },
  dateTime: { day: "numeric", month: "short", year: "numeric", hour: "numeric", minute: "2-digit" },
  monthYear: { month: "long", year: "numeric" },
  year: { year: "numeric" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;
type Style = keyof typeof STYLES;

/** "December 1, 2026" / "1er décembre 2026". */
export function formatDate(date: Date, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return format(date, locale, "date", timeZone);
}

/** "Dec 1, 2026, 2:30 p.m." / "1er déc. 2026, 14 h 30". */
export function formatDateTime(date: Date, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return format(date, locale, "dateTime", timeZone);
}

/** "December 2026" / "décembre 2026". */
export function formatMonthYear(date: Date, locale: string, timeZone = DEFAULT_TIME_ZONE): string {
  return format(date, locale, "monthYear", timeZone);
}

/**
 * A calendar day as precisely as it is known: "2021-02-03" → "February 3, 2021" / "3 février 2021",
 * "2024-12" → "December 2024" (printing "December 1" would invent a day), "2025" → "2025".
 * Anything else is returned as it is.
 */
export function formatCalendarDate(value: string, locale: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match.map(Number) as [number, number, number | undefined, number | undefined];
  const when = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  return format(when, locale, day ? "date" : month ? "monthYear" : "year", "UTC");
}

function format(date: Date, locale: string, style: Style, timeZone: string): string {
  const french = locale.startsWith("fr");
  const parts = formatter(french ? "fr-CA" : "en-CA", style, timeZone).formatToParts(date);
  return parts
    .map((part, index) => {
      if (french && part.type === "day" && part.value === "1") return "1er";
      // fr-CA joins a long date to its time with " à "; one separator for every date and time.
      if (french && part.type === "literal" && parts[index + 1]?.type === "hour") return ", ";
      // "14 h 30" must not break across lines.
      if (french && part.type === "literal" && parts[index - 1]?.type === "hour") return part.value.replace(/\s/g, "\u00a0");
      return part.value;
    })
    .join("");
}

// Building an Intl.DateTimeFormat costs far more than using one, and a timeline page formats 50
// dates: one formatter per language, style and zone, made once.
const formatters = new BoundedMap<string, Intl.DateTimeFormat>(200);
function formatter(locale: string, style: Style, timeZone: string): Intl.DateTimeFormat {
  const key = `${locale}:${style}:${timeZone}`;
  let made = formatters.get(key);
  if (!made) formatters.set(key, (made = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone })));
  return made;
}
