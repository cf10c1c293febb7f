import { describe, expect, it } from "vitest";
import { formatPanelDate, panelDates } from "./panel-date";

describe("panel dates", () => {
  const at = new Date("2026-12-01T19:30:05Z");

  it("reads one way per language, in the organisation's zone", () => {
    expect(formatPanelDate(at, { locale: "en", timeZone: "America/Toronto" })).toBe("1 Dec 2026, 14:30");
    expect(formatPanelDate(at, { locale: "fr", timeZone: "America/Toronto" })).toBe("1er déc. 2026, 14 h 30");
    expect(formatPanelDate(at, { locale: "fr", timeZone: "America/Toronto", time: false })).toBe("1er déc. 2026");
    expect(formatPanelDate(at, { locale: "en", timeZone: "America/Toronto", seconds: true })).toBe("1 Dec 2026, 14:30:05");
  });

  it("follows the zone's daylight time and the date line", () => {
    expect(formatPanelDate(new Date("2026-07-02T03:05:00Z"), { locale: "en", timeZone: "America/Toronto" })).toBe("1 Jul 2026, 23:05");
    expect(formatPanelDate(new Date("2026-07-02T03:05:00Z"), { locale: "fr", timeZone: "Europe/Paris" })).toBe("2 juill. 2026, 5 h 05");
  });

  it("names the zone beside the IANA name", () => {
    expect(panelDates("en", "America/Toronto").zone).toBe("Eastern Time (America/Toronto)");
    expect(panelDates("fr", "America/Toronto").zone).toBe("heure de l’Est (America/Toronto)");
    expect(panelDates("en", "UTC").zone).toBe("UTC");
    expect(panelDates("en", "UTC").time(null)).toBe("—");
  });
});

describe("calendar texts", () => {
  it("formats days and hours already on the organisation's clock, and leaves the rest", () => {
    const en = panelDates("en", "America/Toronto");
    const fr = panelDates("fr", "America/Toronto");
    expect(en.wall("2026-12-01")).toBe("1 Dec 2026");
    expect(fr.wall("2026-12-01 09:00")).toBe("1er déc. 2026, 9 h 00");
    expect(en.wall("2024-12")).toBe("2024-12");
  });
});
