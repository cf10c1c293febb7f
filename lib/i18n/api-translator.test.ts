import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { apiTranslator } from "./api-translator";

describe("apiTranslator", () => {
  it("is built once per language and keeps each language's wording", () => {
    expect(apiTranslator("en")).toBe(apiTranslator("en"));
    expect(apiTranslator("fr")).not.toBe(apiTranslator("en"));
    expect(apiTranslator("en")("Api.notJson")).toBe(en.Api.notJson);
    expect(apiTranslator("fr")("Api.notJson")).toBe(fr.Api.notJson);
  });
});
