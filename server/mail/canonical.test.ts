import { describe, expect, it } from "vitest";
import { canonicalEmail } from "./canonical";

describe("canonicalEmail", () => {
  it.each([
    ["  Ana.Lopez@Example.ORG ", "ana.lopez@example.org"],
    ["Ana.Lopez+petition@gmail.com", "analopez@gmail.com"],
    ["a.n.a.lopez@googlemail.com", "analopez@gmail.com"],
    ["jordan+news@outlook.com", "jordan@outlook.com"],
    ["first.last@fastmail.com", "first.last@fastmail.com"],
    ["User@Example.com.", "user@example.com"],
  ])("folds %s to %s", (input, expected) => {
    expect(canonicalEmail(input)).toBe(expected);
  });

  it("keeps a leading plus, which is part of the name rather than a tag", () => {
    expect(canonicalEmail("+alerts@example.org")).toBe("+alerts@example.org");
  });
});
