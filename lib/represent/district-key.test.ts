import { describe, expect, it } from "vitest";
import { districtKey } from "./district-key";

describe("districtKey", () => {
  it("matches a district whatever its dashes, apostrophes, accents and case", () => {
    expect(districtKey("Ottawa—Vanier")).toBe(districtKey("Ottawa-Vanier"));
    expect(districtKey("Ottawa – Vanier")).toBe("ottawa vanier");
    expect(districtKey("L’Assomption")).toBe(districtKey("L'Assomption"));
    expect(districtKey("Mégantic")).toBe("megantic");
    expect(districtKey("  SAINT-FRANÇOIS ")).toBe(districtKey("Saint-François"));
  });

  it("keeps different districts apart", () => {
    expect(districtKey("Ottawa Centre")).not.toBe(districtKey("Ottawa South"));
  });
});
