import { describe, expect, it } from "vitest";
import { fillMergeFields, isPersonalised } from "./merge-fields";

const values = { supporter_name: "Amélie Tremblay", riding: "Ottawa Centre", representative: "Priya Lachance" };

describe("letter merge fields", () => {
  it("fills known fields, with or without spaces, and leaves unknown ones visible", () => {
    expect(fillMergeFields("Dear {{representative}},\n… {{ riding }} … {{supporter_name}} {{postcode}}", values)).toBe(
      "Dear Priya Lachance,\n… Ottawa Centre … Amélie Tremblay {{postcode}}",
    );
  });

  it("inserts values as text, even when they look like fields or markup", () => {
    expect(fillMergeFields("{{supporter_name}}", { ...values, supporter_name: "{{riding}} <b>" })).toBe("{{riding}} <b>");
  });

  it("tells a personalised letter from the template sent as is", () => {
    expect(isPersonalised("Dear {{representative}},\n\nPlease act.", "Dear {{representative}},\n\nPlease   act.\n")).toBe(false);
    expect(isPersonalised("Dear {{representative}},\n\nPlease act.", "Dear {{representative}},\n\nPlease act now: my family was scanned.")).toBe(true);
  });
});
