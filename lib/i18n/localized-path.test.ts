import { describe, expect, it } from "vitest";
import { localizedPath } from "./localized-path";

describe("localizedPath", () => {
  it("gives each language its own path, with the parameters filled in", () => {
    expect(localizedPath("en", "/findings/[id]", { id: "2021-02-03--joint-investigation" })).toBe("/en/findings/2021-02-03--joint-investigation");
    expect(localizedPath("fr", "/findings/[id]", { id: "2021-02-03--joint-investigation" })).toBe("/fr/constats/2021-02-03--joint-investigation");
    expect(localizedPath("fr", "/campaigns/[slug]/write", { slug: "moratoire" })).toBe("/fr/campagnes/moratoire/ecrire");
  });
});
