import { describe, expect, it } from "vitest";
import { findingYear, formatFindingDate, groupByYear } from "./finding-date";

describe("formatFindingDate", () => {
  it("shows a full date in each language", () => {
    expect(formatFindingDate("2021-02-03", "en")).toBe("February 3, 2021");
    expect(formatFindingDate("2021-02-03", "fr")).toBe("3 février 2021");
  });

  it("shows a month-only date as month and year, never an invented day", () => {
    expect(formatFindingDate("2024-12", "en")).toBe("December 2024");
    expect(formatFindingDate("2024-12", "fr")).toBe("décembre 2024");
  });

  it("shows a year-only date as the year", () => {
    expect(formatFindingDate("2025", "en")).toBe("2025");
    expect(formatFindingDate("2025", "fr")).toBe("2025");
  });

  it("does not shift the first of a month into the previous one", () => {
    expect(formatFindingDate("2020-01-01", "en")).toBe("January 1, 2020");
  });

  it("gives the timeline's year", () => {
    expect(findingYear("2024-12")).toBe("2024");
  });

  it("groups a timeline page by year, keeping its order", () => {
    const groups = groupByYear([{ date: "2025" }, { date: "2024-12" }, { date: "2024-01-05" }, { date: "2021-02-03" }]);
    expect(groups.map((group) => [group.year, group.items.length])).toEqual([["2025", 1], ["2024", 2], ["2021", 1]]);
  });
});
