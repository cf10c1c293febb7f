import { describe, expect, it } from "vitest";
import { campaignErrors, campaignInput } from "./campaign-input";

const form = (milestones?: string) => ({
  slug: "ban-face-scans",
  ...Object.fromEntries(
    ["title", "summary", "body", "demand", "target", "consent"].flatMap((name) => [
      [`${name}En`, `${name} in English`],
      [`${name}Fr`, `${name} en français`],
    ]),
  ),
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

describe("the campaign editor's opening and closing times", () => {
  it("are read on the organisation's clock, whatever the server's zone", () => {
    const times = { ...form(), opensAt: "2027-01-15T09:30", closesAt: "2027-07-15T09:30" };
    const toronto = campaignInput("America/Toronto").parse(times);
    expect(toronto.opensAt?.toISOString()).toBe("2027-01-15T14:30:00.000Z");
    expect(toronto.closesAt?.toISOString()).toBe("2027-07-15T13:30:00.000Z");
    expect(campaignInput("America/Vancouver").parse(times).opensAt?.toISOString()).toBe("2027-01-15T17:30:00.000Z");
    expect(campaignInput("America/Toronto").parse({ ...form(), opensAt: "" }).opensAt).toBeNull();
  });

  it("refuse a date that does not exist, and a close before the opening", () => {
    expect(campaignErrors(campaignInput("America/Toronto").safeParse({ ...form(), opensAt: "2027-02-30T09:00" }).error!).opensAt).toBe("dateInvalid");
    expect(campaignErrors(campaignInput("America/Toronto").safeParse({ ...form(), opensAt: "2027-02-02T09:00", closesAt: "2027-02-02T08:59" }).error!).closesAt).toBe("closesBeforeOpens");
  });
});
