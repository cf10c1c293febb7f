import { BoundedMap } from "../bounded-map";

/*
 * Wall-clock times in the organisation's time zone. A `datetime-local` field holds minutes with no
 * zone ("2026-03-08T02:30"); the panel reads and writes it in one IANA zone, so an organiser in
 * Toronto types Toronto time whatever the server's own zone is, and DST changes are honoured.
 */

export const DEFAULT_TIME_ZONE = "America/Toronto";

const LOCAL_MINUTE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;
const LOCAL_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

// Bounded: a zone name comes from the settings form (validated, but any IANA zone is valid).
const partFormatters = new BoundedMap<string, Intl.DateTimeFormat>(50);
function partsFormatter(zone: string): Intl.DateTimeFormat {
  let made = partFormatters.get(zone);
  if (!made) {
    made = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
    partFormatters.set(zone, made);
  }
  return made;
}

/** True for a zone name such as "America/Toronto" or "UTC" that this runtime knows (not an offset like "+05:00"). */
export function isTimeZone(zone: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(zone)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar fields of an instant as read on a clock in `zone`. */
export function zonedParts(at: Date, zone: string) {
  const fields: Record<string, number> = {};
  for (const part of partsFormatter(zone).formatToParts(at)) if (part.type !== "literal") fields[part.type] = Number(part.value);
  return { year: fields.year!, month: fields.month!, day: fields.day!, hour: fields.hour!, minute: fields.minute!, second: fields.second! };
}

/** How far `zone`'s clock is ahead of UTC at that instant, in milliseconds. */
function offsetAt(at: number, zone: string): number {
  const p = zonedParts(new Date(at), zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at / 1000) * 1000;
}

function validCalendar(year: number, month: number, day: number, hour = 0, minute = 0): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60;
}

/**
 * The instant a clock in `zone` shows `wall` (milliseconds of a UTC-based calendar). A time that
 * happens twice (the hour repeated in autumn) is the first one; a time that never happens (the
 * hour skipped in spring) is read with the offset before the change, as clocks that are set
 * forward late would show it (02:30 becomes 03:30 daylight time).
 */
function fromWall(wall: number, zone: string): Date {
  const before = offsetAt(wall - 86_400_000 / 2, zone);
  const after = offsetAt(wall + 86_400_000 / 2, zone);
  const early = wall - before;
  if (offsetAt(early, zone) === before) return new Date(early);
  const late = wall - after;
  if (offsetAt(late, zone) === after) return new Date(late);
  return new Date(early);
}

/** "2026-03-08T02:30" on a clock in `zone` → the instant; null when it is not such a text or not a real date. */
export function fromZonedInput(value: string, zone: string): Date | null {
  const match = LOCAL_MINUTE.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (!validCalendar(year, month, day, hour, minute)) return null;
  return fromWall(Date.UTC(year, month - 1, day, hour, minute), zone);
}

/** The first instant of the day "2026-03-08" in `zone`; null when it is not a real date. */
export function zonedDayStart(value: string, zone: string): Date | null {
  const match = LOCAL_DAY.exec(value);
  if (!match) return null;
  return fromZonedInput(`${value}T00:00`, zone);
}

/** The first instant of the day after "2026-03-08" in `zone` (the end of a range that includes that day). */
export function zonedDayEnd(value: string, zone: string): Date | null {
  const start = zonedDayStart(value, zone);
  if (!start) return null;
  const next = new Date(Date.parse(`${value}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return zonedDayStart(next, zone);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a `datetime-local` value on a clock in `zone` ("2026-03-08T03:30"); "" for none. */
export function toZonedInput(at: Date | null | undefined, zone: string): string {
  if (!at) return "";
  const p = zonedParts(at, zone);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}
