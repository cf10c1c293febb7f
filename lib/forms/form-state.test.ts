import { describe, expect, it } from "vitest";
import { errorMessage, formValues, isChecked, textValue } from "./form-state";

describe("formValues", () => {
  it("keeps every field as typed, repeated names as lists, and drops the framework's own fields", () => {
    const form = new FormData();
    form.append("$ACTION_ID_abc", "");
    form.append("titleEn", "  Stop face surveillance ");
    form.append("findings", "a");
    form.append("findings", "b");
    form.append("petitionEnabled", "on");
    form.append("upload", new Blob(["x"]));
    expect(formValues(form)).toEqual({ titleEn: "  Stop face surveillance ", findings: ["a", "b"], petitionEnabled: "on" });
  });
});

describe("reading values back", () => {
  const values = { findings: ["a", "b"], lettersEnabled: "on", kind: "data_access" };
  it("tells which boxes were ticked", () => {
    expect(isChecked(values, "findings", "b")).toBe(true);
    expect(isChecked(values, "findings", "c")).toBe(false);
    expect(isChecked(values, "lettersEnabled")).toBe(true);
    expect(isChecked(values, "petitionEnabled")).toBe(false);
    expect(isChecked(values, "kind", "data_access")).toBe(true);
  });
  it("reads a text, empty when absent", () => {
    expect(textValue(values, "kind")).toBe("data_access");
    expect(textValue(values, "findings")).toBe("a");
    expect(textValue(values, "title")).toBe("");
  });
  it("splits an error into its key and arguments", () => {
    expect(errorMessage("required")).toEqual({ key: "required", args: {} });
    expect(errorMessage({ key: "unknownCitation", id: "2021-02-03--x" })).toEqual({ key: "unknownCitation", args: { id: "2021-02-03--x" } });
  });
});
