import { zonedParts } from "./zoned-time";

/*
 * The panel's one date format per language, in the organisation's time zone:
 * EN "1 Dec 2026, 14:30", FR "1er déc. 2026, 14 h 30" (Canadian French: "1er" for the first of the
 * month, "h" between hours and minutes). Built from the calendar fields rather than a locale's
 * default pattern, so every page of the panel reads the same whatever the runtime's ICU data.
 */

export type PanelDateOptions = { locale: string; timeZone: string; time?: boolean; seconds?: boolean };

const MONTHS = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  fr: ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."],
} as const;

const pad = (n: number) => String(n).padStart(2, "0");

/** A date (and by default its time) as the panel shows it: "1 Dec 2026, 14:30" / "1er déc. 2026, 14 h 30". */
export function formatPanelDate(at: Date, { locale, timeZone, time = true, seconds = false }: PanelDateOptions): string {
  const p = zonedParts(at, timeZone);
  const fr = locale === "fr";
  const day = fr && p.day === 1 ? "1er" : String(p.day);
  const date = `${day} ${MONTHS[fr ? "fr" : "en"][p.month - 1]} ${p.year}`;
  if (!time) return date;
  const clock = fr ? `${p.hour} h ${pad(p.minute)}${seconds ? ` min ${pad(p.second)} s` : ""}` : `${pad(p.hour)}:${pad(p.minute)}${seconds ? `:${pad(p.second)}` : ""}`;
  return `${date}, ${clock}`;
}

/** A formatter bound to one language and zone, for pages that format many dates; "—" for none. */
export function panelDates(locale: string, timeZone: string) {
  return {
    time: (at: Date | null | undefined) => (at ? formatPanelDate(at, { locale, timeZone }) : "—"),
    seconds: (at: Date | null | undefined) => (at ? formatPanelDate(at, { locale, timeZone, seconds: true }) : "—"),
    day: (at: Date | null | undefined) => (at ? formatPanelDate(at, { locale, timeZone, time: false }) : "—"),
    /** A calendar text already on the organisation's clock: "2026-12-01" or "2026-12-01 14:00"; a month "2026-12" or a year as given. */
    wall: (text: string) => formatWall(text, locale),
    /** The zone as people say it, with its IANA name: "Eastern Time (America/Toronto)". */
    zone: zoneName(locale, timeZone),
  };
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))?$/;

/** A calendar text already on the organisation's clock ("2026-12-01", "2026-12-01 14:00") in the panel's format; other texts as given. */
export function formatWall(text: string, locale: string): string {
  const match = WALL.exec(text);
  if (!match) return text;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const at = new Date(Date.UTC(year!, month! - 1, day!, hour ?? 0, minute ?? 0));
  return formatPanelDate(at, { locale, timeZone: "UTC", time: hour !== undefined });
}

/** "heure de l’Est (America/Toronto)"; just the IANA name where the runtime has no generic name for it. */
export function zoneName(locale: string, timeZone: string): string {
  const part = new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { timeZone, timeZoneName: "longGeneric" }).formatToParts(new Date()).find((p) => p.type === "timeZoneName")?.value;
  return part && part !== timeZone && !/^GMT|^UTC[+-]/.test(part) ? `${part} (${timeZone})` : timeZone;
}
