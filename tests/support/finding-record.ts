import type { FindingRecord } from "@/server/findings/import/finding-record";

/** A plain federal finding of 3 February 2021 with no sources, tags or links, with what a test needs changed. */
export function findingRecord(overrides: Partial<FindingRecord> & Pick<FindingRecord, "id" | "title">): FindingRecord {
  return {
    date: "2021-02-03",
    kind: "finding",
    binding: false,
    incomplete: false,
    jurisdictions: ["CA"],
    issuers: [],
    fileNumbers: [],
    summary: { en: "Summary.", fr: null },
    importance: 5,
    tags: [],
    actors: [],
    related: [],
    sources: [],
    ...overrides,
  };
}
