import { describe, expect, it } from "vitest";
import { findingYear, groupByYear } from "./finding-date";

describe("finding dates", () => {
  it("gives the timeline's year", () => {
    expect(findingYear("2024-12")).toBe("2024");
  });

  it("groups a timeline page by year, keeping its order", () => {
    const groups = groupByYear([{ date: "2025" }, { date: "2024-12" }, { date: "2024-01-05" }, { date: "2021-02-03" }]);
    expect(groups.map((group) => [group.year, group.items.length])).toEqual([
      ["2025", 1],
      ["2024", 2],
      ["2021", 1],
    ]);
  });
});
