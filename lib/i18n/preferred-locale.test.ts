import { describe, expect, it } from "vitest";
import { preferredLocale } from "./preferred-locale";

describe("preferredLocale", () => {
  it("takes the first of our languages the browser ranks highest", () => {
    expect(preferredLocale("fr-CA,fr;q=0.9,en;q=0.8")).toBe("fr");
    expect(preferredLocale("de-DE,en;q=0.5,fr;q=0.7")).toBe("fr");
    expect(preferredLocale("en-CA")).toBe("en");
  });

  it("falls back to English for nothing, nonsense, or only other languages", () => {
    expect(preferredLocale(null)).toBe("en");
    expect(preferredLocale("de,es;q=0.5")).toBe("en");
    expect(preferredLocale("fr;q=0")).toBe("en");
  });
});
