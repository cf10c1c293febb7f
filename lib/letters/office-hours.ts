/*
 * Office hours of a letter's recipient: Monday to Friday, 9:00 to 17:00 in their time zone, which
 * follows their province (federal bodies: Ottawa). When an organiser asks for it, letters outside
 * them wait for the next opening, and the hourly limit then spreads them through the day.
 */

const ZONES: Record<string, string> = {
  NL: "America/St_Johns",
  NS: "America/Halifax",
  PE: "America/Halifax",
  NB: "America/Moncton",
  QC: "America/Toronto",
  ON: "America/Toronto",
  MB: "America/Winnipeg",
  SK: "America/Regina",
  AB: "America/Edmonton",
  BC: "America/Vancouver",
  YT: "America/Whitehorse",
  NT: "America/Yellowknife",
  NU: "America/Iqaluit",
  CA: "America/Toronto",
};

export function timeZoneOf(province: string | null | undefined): string {
  return ZONES[province ?? "CA"] ?? ZONES.CA!;
}

const OPEN_HOUR = 9;
const CLOSE_HOUR = 17;
const STEP_MS = 5 * 60_000;

function localParts(at: Date, zone: string): { weekday: string; hour: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone: zone, weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(at);
  return { weekday: parts.find((p) => p.type === "weekday")!.value, hour: Number(parts.find((p) => p.type === "hour")!.value) };
}

export function isOfficeHours(at: Date, zone: string): boolean {
  const { weekday, hour } = localParts(at, zone);
  return weekday !== "Sat" && weekday !== "Sun" && hour >= OPEN_HOUR && hour < CLOSE_HOUR;
}

/** `at` itself when within office hours, else the start of the next opening (to five minutes). */
export function nextOfficeHours(at: Date, zone: string): Date {
  if (isOfficeHours(at, zone)) return at;
  let candidate = new Date(Math.ceil(at.getTime() / STEP_MS) * STEP_MS);
  // A week holds an opening; stepping by five minutes finds the first (and survives DST changes).
  for (let i = 0; i < (8 * 24 * 60) / 5; i++, candidate = new Date(candidate.getTime() + STEP_MS)) {
    if (isOfficeHours(candidate, zone)) return candidate;
  }
  return candidate;
}
