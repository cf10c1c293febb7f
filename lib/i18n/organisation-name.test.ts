import { describe, expect, it } from "vitest";
import { organisationName } from "./organisation-name";

describe("organisationName", () => {
  const both = { name: "Private Faces Coalition", nameFr: "Coalition Visages privés" };

  it("gives the French name in French and the name in English", () => {
    expect(organisationName(both, "fr")).toBe("Coalition Visages privés");
    expect(organisationName(both, "en")).toBe("Private Faces Coalition");
  });

  it("falls back to the one name when there is no French one", () => {
    expect(organisationName({ name: "OpenMedia" }, "fr")).toBe("OpenMedia");
    expect(organisationName({ name: "OpenMedia", nameFr: "  " }, "fr")).toBe("OpenMedia");
    expect(organisationName({ name: "OpenMedia", nameFr: null }, "fr")).toBe("OpenMedia");
  });
});
