import { describe, expect, it } from "vitest";
import { editorErrors } from "./update-input";

describe("editorErrors", () => {
  it("gives each field its code, and an unknown citation the id it names", () => {
    expect(editorErrors({ titleEn: "required", bodyFr: "unknownFinding" }, { bodyFr: "2001--gone" })).toEqual({ titleEn: { key: "required" }, bodyFr: { key: "unknownFinding", id: "2001--gone" } });
    expect(editorErrors({ form: "notFound" })).toEqual({ form: { key: "notFound" } });
  });
});
