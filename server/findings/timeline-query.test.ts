import { describe, expect, it } from "vitest";
import { parseTimelineQuery } from "./timeline-query";

describe("parseTimelineQuery", () => {
  it("keeps valid filters and the page key", () => {
    expect(parseTimelineQuery({ kind: "order", jurisdiction: "BC", tag: "clearview-ai", binding: "true", after: "2021-02-03_2021-02-03--joint-investigation" })).toEqual({
      query: { kind: "order", jurisdiction: "BC", tag: "clearview-ai", binding: true, after: "2021-02-03_2021-02-03--joint-investigation" },
      ignored: [],
    });
    expect(parseTimelineQuery({ binding: "false" }).query).toEqual({ binding: false });
    expect(parseTimelineQuery({ includeIncomplete: "true" }).query).toEqual({ includeIncomplete: true });
  });

  it("treats blank fields as no filter", () => {
    expect(parseTimelineQuery({ kind: "", jurisdiction: "", tag: "", binding: "" })).toEqual({ query: {}, ignored: [] });
  });

  it("drops invalid values and names them, keeping the rest", () => {
    expect(parseTimelineQuery({ kind: "opinion", jurisdiction: "bc; drop table", tag: "Clearview AI", binding: "maybe", after: "yesterday" })).toEqual({
      query: {},
      ignored: ["kind", "jurisdiction", "tag", "binding", "after"],
    });
    expect(parseTimelineQuery({ kind: ["order", "finding"], tag: "consent" })).toEqual({ query: { tag: "consent" }, ignored: ["kind"] });
  });

  it("ignores parameters it does not know", () => {
    expect(parseTimelineQuery({ limit: "100000", order: "oldest" })).toEqual({ query: {}, ignored: [] });
  });
});
