import { describe, expect, it } from "vitest";
import { citedIds, citedIdsOf, isCitationLink, numberCitations } from "./citations";

const href = (id: string) => (id.startsWith("2021") ? `/en/findings/${id}` : null);

describe("citations in an update", () => {
  it("are listed once each, in order of first appearance", () => {
    expect(citedIds("A [[cite:2021-02--b]] then [[cite:2021-01--a]] and [[cite:2021-02--b]] again.")).toEqual(["2021-02--b", "2021-01--a"]);
    expect(citedIdsOf({ en: "[[cite:x]] [[cite:y]]", fr: "[[cite:z]] [[cite:x]]" })).toEqual(["x", "y", "z"]);
  });

  it("become numbered links, the same finding keeping its number, unknown ones left visible", () => {
    const result = numberCitations("One[[cite:2021-02--b]], two[[cite:2021-01--a]], again[[cite:2021-02--b]], lost[[cite:1999--gone]].", href);
    expect(result.markdown).toBe("One[1](/en/findings/2021-02--b), two[2](/en/findings/2021-01--a), again[1](/en/findings/2021-02--b), lost`[[cite:1999--gone]]`.");
    expect(result.citations).toEqual([
      { n: 1, id: "2021-02--b", href: "/en/findings/2021-02--b" },
      { n: 2, id: "2021-01--a", href: "/en/findings/2021-01--a" },
    ]);
    expect(isCitationLink(result.citations, "/en/findings/2021-01--a", "2")).toBe(true);
    expect(isCitationLink(result.citations, "/en/findings/2021-01--a", "read this")).toBe(false);
  });
});
