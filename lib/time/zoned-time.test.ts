import { describe, expect, it } from "vitest";
import { fromZonedInput, isTimeZone, toZonedInput, zonedDayEnd, zonedDayStart } from "./zoned-time";

const TORONTO = "America/Toronto";

describe("datetime-local values in the organisation's zone", () => {
  it("reads winter and summer times with their own offsets", () => {
    expect(fromZonedInput("2026-01-15T09:00", TORONTO)?.toISOString()).toBe("2026-01-15T14:00:00.000Z");
    expect(fromZonedInput("2026-07-15T09:00", TORONTO)?.toISOString()).toBe("2026-07-15T13:00:00.000Z");
  });

  it("reads both sides of the spring change (8 March 2026, 02:00 → 03:00)", () => {
    expect(fromZonedInput("2026-03-08T01:59", TORONTO)?.toISOString()).toBe("2026-03-08T06:59:00.000Z");
    expect(fromZonedInput("2026-03-08T03:00", TORONTO)?.toISOString()).toBe("2026-03-08T07:00:00.000Z");
    // 02:30 never shows on a Toronto clock that day: read as 03:30 daylight time.
    expect(fromZonedInput("2026-03-08T02:30", TORONTO)?.toISOString()).toBe("2026-03-08T07:30:00.000Z");
  });

  it("reads the repeated autumn hour (1 November 2026) as its first occurrence", () => {
    expect(fromZonedInput("2026-11-01T01:30", TORONTO)?.toISOString()).toBe("2026-11-01T05:30:00.000Z");
    expect(fromZonedInput("2026-11-01T02:30", TORONTO)?.toISOString()).toBe("2026-11-01T07:30:00.000Z");
  });

  it("writes back the same wall-clock minutes on both sides of a change", () => {
    for (const value of ["2026-03-07T23:15", "2026-03-08T04:45", "2026-10-31T12:00", "2026-11-01T03:00", "2026-12-01T14:30"]) {
      expect(toZonedInput(fromZonedInput(value, TORONTO), TORONTO)).toBe(value);
    }
    expect(toZonedInput(new Date("2026-11-01T06:30:00Z"), TORONTO)).toBe("2026-11-01T01:30");
    expect(toZonedInput(null, TORONTO)).toBe("");
  });

  it("depends on the zone, not on the server's own", () => {
    expect(fromZonedInput("2026-07-01T12:00", "Europe/Paris")?.toISOString()).toBe("2026-07-01T10:00:00.000Z");
    expect(fromZonedInput("2026-07-01T12:00", "America/Vancouver")?.toISOString()).toBe("2026-07-01T19:00:00.000Z");
    expect(fromZonedInput("2026-07-01T12:00", "UTC")?.toISOString()).toBe("2026-07-01T12:00:00.000Z");
  });

  it("refuses what is not a real minute", () => {
    for (const value of ["", "2026-02-30T10:00", "2026-13-01T10:00", "2026-01-01T24:00", "2026-01-01 10:00", "01/02/2026"]) expect(fromZonedInput(value, TORONTO)).toBeNull();
  });

  it("gives whole local days, 23 or 25 hours long on change days", () => {
    expect(zonedDayStart("2026-03-08", TORONTO)?.toISOString()).toBe("2026-03-08T05:00:00.000Z");
    expect(zonedDayEnd("2026-03-08", TORONTO)?.toISOString()).toBe("2026-03-09T04:00:00.000Z");
    expect(zonedDayEnd("2026-11-01", TORONTO)!.getTime() - zonedDayStart("2026-11-01", TORONTO)!.getTime()).toBe(25 * 3_600_000);
    expect(zonedDayEnd("2026-12-31", TORONTO)?.toISOString()).toBe("2027-01-01T05:00:00.000Z");
    expect(zonedDayStart("2026-02-30", TORONTO)).toBeNull();
  });

  it("knows IANA zones and refuses the rest", () => {
    for (const zone of ["America/Toronto", "America/St_Johns", "Europe/Paris", "UTC", "America/Argentina/Buenos_Aires"]) expect(isTimeZone(zone)).toBe(true);
    for (const zone of ["", "Toronto", "America/Nowhere", "+05:00", "EST5EDT; drop", "../etc"]) expect(isTimeZone(zone)).toBe(false);
  });
});
