import { describe, expect, it } from "vitest";
import { inPageLanguage } from "./in-page-language";

describe("inPageLanguage", () => {
  it("gives each language its own text", () => {
    expect(inPageLanguage({ en: "Order", fr: "Ordonnance" }, "en")).toEqual({ text: "Order" });
    expect(inPageLanguage({ en: "Order", fr: "Ordonnance" }, "fr")).toEqual({ text: "Ordonnance" });
  });

  it("falls back to English, marked as English, when the French text is missing", () => {
    expect(inPageLanguage({ en: "Summary.", fr: null }, "fr")).toEqual({ text: "Summary.", lang: "en" });
    expect(inPageLanguage({ en: "Title", fr: "  " }, "fr")).toEqual({ text: "Title", lang: "en" });
  });
});
