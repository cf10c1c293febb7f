import { describe, expect, it } from "vitest";
import { normalisePostalCode, provinceOf } from "./postal-code";

describe("normalisePostalCode", () => {
  it.each([
    ["k1a0a6", "K1A 0A6"],
    [" h2x-1y4 ", "H2X 1Y4"],
    ["V6B  4Y8", "V6B 4Y8"],
  ])("accepts %s as %s", (input, expected) => {
    expect(normalisePostalCode(input)).toBe(expected);
  });

  it.each(["", "12345", "D1A 0A6", "W1A 0A6", "K1A 0O6", "K1A 0A", "K1A 0A66"])("refuses %s", (input) => {
    expect(normalisePostalCode(input)).toBeNull();
  });
});

describe("provinceOf", () => {
  it.each([
    ["A1A 1A1", "NL"],
    ["H2X 1Y4", "QC"],
    ["K1A 0A6", "ON"],
    ["T5J 2R7", "AB"],
    ["V6B 4Y8", "BC"],
    ["X0A 0H0", "NU"],
    ["X1A 2P8", "NT"],
    ["Y1A 6E6", "YT"],
  ])("puts %s in %s", (code, province) => {
    expect(provinceOf(code)).toBe(province);
  });
});
