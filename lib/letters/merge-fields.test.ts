import { describe, expect, it } from "vitest";
import { fillMergeFields, isPersonalised, paragraphsOf, restorePlaceholders, showPlaceholders, unknownMergeFields } from "./merge-fields";

const values = { supporter_name: "Amélie Tremblay", riding: "Ottawa Centre", representative: "Priya Lachance" };
const labels = { supporter_name: "[your name]", riding: "[your riding]", representative: "[recipient’s name]" };

describe("letter merge fields", () => {
  it("fills known fields, with or without spaces, and drops unknown ones with the space before them", () => {
    expect(fillMergeFields("Dear {{representative}},\n… {{ riding }} … {{supporter_name}} {{postcode}}", values)).toBe("Dear Priya Lachance,\n… Ottawa Centre … Amélie Tremblay");
  });

  it("drops a field that has no value for this recipient instead of showing it", () => {
    expect(fillMergeFields("I live in {{riding}}.\n{{supporter_name}}", { ...values, riding: "" })).toBe("I live in.\nAmélie Tremblay");
    expect(fillMergeFields("Hello {{representative}}", { supporter_name: "A" })).not.toContain("{{");
  });

  it("inserts values as text, even when they look like fields or markup", () => {
    expect(fillMergeFields("{{supporter_name}}", { ...values, supporter_name: "{{riding}} <b>" })).toBe("{{riding}} <b>");
  });

  it("names the fields it cannot fill, once each", () => {
    expect(unknownMergeFields("{{postcode}} {{ riding }} {{postcode}} {{Name}}")).toEqual(["postcode", "Name"]);
    expect(unknownMergeFields("Dear {{representative}}, {{supporter_name}} of {{riding}}")).toEqual([]);
  });

  it("shows what it cannot fill yet in square brackets, and reads the brackets back as fields", () => {
    const shown = showPlaceholders("As a resident of {{riding}}, {{representative}}…\r\n{{supporter_name}}", { supporter_name: "Amélie Tremblay" }, labels);
    expect(shown).toBe("As a resident of [your riding], [recipient’s name]…\nAmélie Tremblay");
    expect(restorePlaceholders(shown, labels)).toBe("As a resident of {{riding}}, {{representative}}…\nAmélie Tremblay");
  });

  it("keeps paragraphs and line breaks, whatever the line ends a browser posted", () => {
    expect(paragraphsOf("Dear Priya,\r\n\r\nFirst point.\r\n\r\n\r\nSincerely,\r\nAmélie\r\n")).toEqual([["Dear Priya,"], ["First point."], ["Sincerely,", "Amélie"]]);
  });

  it("tells a personalised letter from the template sent as is", () => {
    expect(isPersonalised("Dear {{representative}},\n\nPlease act.", "Dear {{representative}},\n\nPlease   act.\n")).toBe(false);
    expect(isPersonalised("Dear {{representative}},\n\nPlease act.", "Dear {{representative}},\n\nPlease act now: my family was scanned.")).toBe(true);
  });
});
