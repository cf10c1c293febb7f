import { describe, expect, it } from "vitest";
import { campaignErrors, campaignInput } from "./campaign-input";

const form = (milestones?: string) => ({
  slug: "ban-face-scans",
  ...Object.fromEntries(["title", "summary", "body", "demand", "target", "consent"].flatMap((name) => [[`${name}En`, `${name} in English`], [`${name}Fr`, `${name} en français`]])),
  goal: "10000",
  ...(milestones === undefined ? {} : { milestones }),
});

describe("the campaign editor's milestones", () => {
  it("read as whole percentages, in order, each once; empty means none; absent means the usual four", () => {
    expect(campaignInput("America/Toronto").parse(form("75, 25,25 , 100")).milestones).toEqual([25, 75, 100]);
    expect(campaignInput("America/Toronto").parse(form("")).milestones).toEqual([]);
    expect(campaignInput("America/Toronto").parse(form()).milestones).toEqual([25, 50, 75, 100]);
  });

  it("refuse anything else with one translated message", () => {
    for (const bad of ["half", "12.5", "0", "25; 50"]) {
      const parsed = campaignInput("America/Toronto").safeParse(form(bad));
      expect(parsed.success, bad).toBe(false);
      expect(campaignErrors(parsed.error!).milestones, bad).toBe("milestonesInvalid");
    }
  });
});
