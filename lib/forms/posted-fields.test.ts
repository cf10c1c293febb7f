import { describe, expect, it } from "vitest";
import { postedFields } from "./posted-fields";

describe("postedFields", () => {
  it("reads a posted form as Object.fromEntries does, every value of a listed name kept", () => {
    const form = new FormData();
    form.append("titleEn", "Stop face surveillance");
    form.append("findings", "a");
    form.append("findings", "b");
    form.append("scope", "signers");
    form.append("scope", "subscribers");
    expect(postedFields(form, ["findings", "none-ticked"])).toEqual({ titleEn: "Stop face surveillance", findings: ["a", "b"], scope: "subscribers", "none-ticked": [] });
  });

  it("takes a plain object as it is and anything else (no arguments at all) as no fields", () => {
    expect(postedFields({ updateId: "x", expected: 3 })).toEqual({ updateId: "x", expected: 3 });
    expect(postedFields(undefined)).toEqual({});
    expect(postedFields("updateId")).toEqual({});
  });
});
