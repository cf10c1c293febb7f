import { describe, expect, it } from "vitest";
import { auditChanges, auditValue } from "./audit-changes";

describe("audit changes", () => {
  it("lists only the fields that changed, without bookkeeping columns", () => {
    const before = { id: "c1", titleEn: "Ban it", goal: 1000, petitionEnabled: true, updatedAt: "2026-11-30T10:00:00.000Z", findings: ["a"] };
    const after = { id: "c1", titleEn: "Ban it now", goal: 1000, petitionEnabled: false, updatedAt: "2026-12-01T10:00:00.000Z", findings: ["a", "b"] };
    expect(auditChanges(before, after)).toEqual([
      { field: "titleEn", before: "Ban it", after: "Ban it now" },
      { field: "petitionEnabled", before: true, after: false },
      { field: "findings", before: ["a"], after: ["a", "b"] },
    ]);
  });

  it("shows every filled field of a new record, and flattens nested objects", () => {
    expect(auditChanges(null, { email: "a@example.org", role: "organiser", name: null })).toEqual([
      { field: "email", before: undefined, after: "a@example.org" },
      { field: "role", before: undefined, after: "organiser" },
    ]);
    expect(auditChanges(undefined, { filter: { state: "confirmed", q: "ab" }, columns: ["email"] }).map((change) => change.field)).toEqual(["filter.state", "filter.q", "columns"]);
  });

  it("does not read a field left out of the record after as removed", () => {
    const before = { id: "u1", email: "a@example.org", name: "Ada", role: "viewer", disabledAt: null };
    expect(auditChanges(before, { email: "a@example.org", enabled: false })).toEqual([{ field: "enabled", before: undefined, after: false }]);
    expect(auditChanges({ title: "Gone" }, null)).toEqual([{ field: "title", before: "Gone", after: undefined }]);
  });

  it("treats empty values as equal and an unchanged record as no change", () => {
    expect(auditChanges({ replyTo: null, tags: [] }, { replyTo: "", tags: [] })).toEqual([]);
  });

  it("recognises timestamps, booleans and lists", () => {
    expect(auditValue("2026-12-01T19:30:00.000Z")).toEqual({ kind: "instant", value: new Date("2026-12-01T19:30:00.000Z") });
    expect(auditValue("2026-12-01T19:30:00+00:00")).toMatchObject({ kind: "instant" });
    expect(auditValue("2026-12-01")).toEqual({ kind: "text", value: "2026-12-01" });
    expect(auditValue(false)).toEqual({ kind: "boolean", value: false });
    expect(auditValue(["a", 2])).toEqual({
      kind: "list",
      items: [
        { kind: "text", value: "a" },
        { kind: "number", value: 2 },
      ],
    });
    expect(auditValue(null)).toEqual({ kind: "empty" });
  });
});
