import { describe, expect, it } from "vitest";
import { isOfficeHours, nextOfficeHours, timeZoneOf } from "./office-hours";

describe("office hours", () => {
  it("follow the recipient's province", () => {
    // 2026-11-23 is a Monday; 14:30 UTC is 9:30 in Ottawa and 6:30 in Vancouver.
    const at = new Date("2026-11-23T14:30:00Z");
    expect(isOfficeHours(at, timeZoneOf("ON"))).toBe(true);
    expect(isOfficeHours(at, timeZoneOf("BC"))).toBe(false);
    expect(timeZoneOf(null)).toBe("America/Toronto");
  });

  it("send a Friday-evening letter to Monday 9:00 local time", () => {
    const friday = new Date("2026-11-27T23:00:00Z"); // 18:00 in Ottawa
    expect(nextOfficeHours(friday, timeZoneOf("ON")).toISOString()).toBe("2026-11-30T14:00:00.000Z");
    // The same instant is 15:00 in Vancouver: still open there. 18:00 in Vancouver is 02:00 UTC Saturday.
    expect(nextOfficeHours(friday, timeZoneOf("BC"))).toBe(friday);
    expect(nextOfficeHours(new Date("2026-11-28T02:00:00Z"), timeZoneOf("BC")).toISOString()).toBe("2026-11-30T17:00:00.000Z");
  });

  it("leave a letter within office hours as it is", () => {
    const at = new Date("2026-11-24T15:07:00Z");
    expect(nextOfficeHours(at, timeZoneOf("QC"))).toBe(at);
  });
});
