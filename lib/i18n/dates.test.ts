import { describe, expect, it } from "vitest";
import { formatCalendarDate, formatDate, formatDateTime, formatMonthYear } from "./dates";

// Toronto is UTC−5 in December and UTC−4 in July.
const firstOfDecember = new Date("2026-12-01T19:30:00Z");
const secondOfDecember = new Date("2026-12-02T15:05:00Z");

describe("dates in French (Canadian usage)", () => {
  it("put the ordinal on the first of the month only", () => {
    expect(formatDate(firstOfDecember, "fr")).toBe("1er décembre 2026");
    expect(formatDate(secondOfDecember, "fr")).toBe("2 décembre 2026");
    expect(formatDate(new Date("2021-03-05T17:00:00Z"), "fr")).toBe("5 mars 2021");
  });

  it("write times as 14 h 30 (no-break spaces), after the date and a comma", () => {
    expect(formatDateTime(firstOfDecember, "fr")).toBe("1er déc. 2026, 14\u00a0h\u00a030");
    expect(formatDateTime(secondOfDecember, "fr")).toBe("2 déc. 2026, 10\u00a0h\u00a005");
  });

  it("name the month and year", () => {
    expect(formatMonthYear(firstOfDecember, "fr")).toBe("décembre 2026");
  });
});

describe("dates in English", () => {
  it("read as Canadian English", () => {
    expect(formatDate(firstOfDecember, "en")).toBe("December 1, 2026");
    expect(formatDateTime(firstOfDecember, "en")).toBe("Dec 1, 2026, 2:30\u202fp.m.");
    expect(formatMonthYear(firstOfDecember, "en")).toBe("December 2026");
  });
});

describe("the time zone", () => {
  it("is the organisation's, Toronto unless told otherwise, summer time included", () => {
    const lateEvening = new Date("2026-07-01T03:30:00Z");
    expect(formatDate(lateEvening, "fr")).toBe("30 juin 2026");
    expect(formatDateTime(lateEvening, "en")).toBe("Jun 30, 2026, 11:30\u202fp.m.");
    expect(formatDate(lateEvening, "fr", "Europe/Paris")).toBe("1er juillet 2026");
    expect(formatDateTime(lateEvening, "fr", "America/Vancouver")).toBe("30 juin 2026, 20\u00a0h\u00a030");
  });
});

describe("calendar days", () => {
  it("are shown as precisely as they are known, never shifted by a zone", () => {
    expect(formatCalendarDate("2026-12-01", "fr")).toBe("1er décembre 2026");
    expect(formatCalendarDate("2021-02-03", "en")).toBe("February 3, 2021");
    expect(formatCalendarDate("2020-01-01", "en")).toBe("January 1, 2020");
    expect(formatCalendarDate("2024-12", "fr")).toBe("décembre 2024");
    expect(formatCalendarDate("2025", "en")).toBe("2025");
    expect(formatCalendarDate("someday", "en")).toBe("someday");
  });
});
