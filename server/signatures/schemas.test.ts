import { describe, expect, it } from "vitest";
import { parseSignature } from "./schemas";

describe("parseSignature", () => {
  it("normalises a Canadian postal code and finds the province", () => {
    const parsed = parseSignature({ name: " Ana López ", email: " Ana@Example.org ", postalCode: "h2x-1y4", locale: "fr", subscribe: true });
    expect(parsed).toEqual({ ok: true, data: { name: "Ana López", email: "Ana@Example.org", postalCode: "H2X 1Y4", province: "QC", country: "CA", locale: "fr", subscribe: true } });
  });

  it("takes a country instead of a postal code from a supporter abroad", () => {
    expect(parseSignature({ name: "Jo", email: "jo@example.fr", country: "fr" })).toMatchObject({ ok: true, data: { country: "FR", postalCode: null, province: null } });
  });

  it("names every wrong field at once, with a message key", () => {
    expect(parseSignature({ name: "", email: "not-an-email", postalCode: "12345" })).toEqual({
      ok: false,
      error: "invalid",
      fields: { name: "nameRequired", email: "emailInvalid", postalCode: "postalCodeInvalid" },
    });
    expect(parseSignature({ name: "Jo", email: "jo@example.org", country: "ZZ" })).toEqual({ ok: false, error: "invalid", fields: { country: "countryInvalid" } });
    expect(parseSignature({ name: "Jo", email: "jo@example.org" })).toEqual({ ok: false, error: "invalid", fields: { postalCode: "postalCodeRequired" } });
    expect(parseSignature({ name: "x".repeat(121), email: "jo@example.org", postalCode: "K1A0A6" })).toEqual({ ok: false, error: "invalid", fields: { name: "nameTooLong" } });
  });
});
