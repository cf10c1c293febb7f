import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isPartialDate, sortableDate } from "./finding-record";
import { parseFindingFile, type ParsedFinding } from "./parse-finding-file";

const fixtures = path.resolve("tests/fixtures/findings");
const parseFixture = (name: string) => parseFindingFile(name, readFileSync(path.join(fixtures, name), "utf8"));
const problems = (parsed: ParsedFinding) => (parsed.ok ? [] : parsed.errors.map(({ line, field, problem }) => ({ line, field, problem })));

/** A small valid file, with `replace` applied to its text, for one-mistake cases. */
function variant(replace: [string | RegExp, string][] = []): ParsedFinding {
  let text = [
    "---",
    "id: 2021-02-03--joint-investigation",
    "date: '2021-02-03'",
    "kind: finding",
    "binding: false",
    "jurisdiction: CA",
    "title:",
    "  en: A title",
    "  fr: Un titre",
    "importance: 8",
    "sources:",
    "- url: https://regulator.example/finding",
    "  title: The finding",
    "  tier: 1",
    "---",
    "",
    "The summary.",
    "",
  ].join("\n");
  for (const [from, to] of replace) text = text.replace(from, to);
  return parseFindingFile("2021-02-03--joint-investigation.md", text);
}

describe("parseFindingFile", () => {
  it("reads every field of a good file", () => {
    const parsed = parseFixture("good/2022-03-15--example-order-to-delete.md");
    expect(parsed.ok && parsed.warnings).toEqual([]);
    expect(parsed.ok && parsed.record).toEqual({
      id: "2022-03-15--example-order-to-delete",
      date: "2022-03-15",
      kind: "order",
      binding: true,
      incomplete: true,
      jurisdictions: ["BC", "QC"],
      issuers: ["Example Commissioner for British Columbia", "Example Commission du Québec"],
      fileNumbers: ["Order #EX-22-01", "007"],
      title: { en: "Two fictional commissioners order a company to delete face images", fr: "Deux commissaires fictifs ordonnent à une entreprise de supprimer des images de visages" },
      summary: { en: expect.stringMatching(/^Two fictional commissioners .* implies\.$/s), fr: null },
      importance: 7,
      tags: ["facial-recognition", "enforcement"],
      actors: ["Example Face Company"],
      related: ["2023--example-regulator-guidance", "2019--record-not-in-the-library"],
      sources: [
        { url: "https://regulator.example/orders/ex-22-01", title: "Order EX-22-01", publisher: "Example Commissioner for British Columbia", date: "2022-03-15", tier: 1 },
        { url: "http://news.example/2022/03/order", title: "Company ordered to delete images", publisher: null, date: "2022-03", tier: 2 },
      ],
    });
  });

  it("takes the French summary from the front matter and 'to be confirmed', even across a line break, as incomplete", () => {
    const parsed = parseFixture("good/2023--example-regulator-guidance.md");
    expect(parsed.ok && parsed.record).toMatchObject({
      date: "2023",
      incomplete: true,
      sources: [],
      summary: { en: expect.stringMatching(/^A fictional regulator/), fr: expect.stringMatching(/^Un organisme .*\n\nLa date exacte est à confirmer\.$/s) },
    });
    expect(variant([["The summary.", "Outcome to be confirmed."]])).toMatchObject({ ok: true, record: { incomplete: true } });
    expect(
      variant([
        ["binding: false", "binding: false\nincomplete: false"],
        ["The summary.", "Outcome to be confirmed."],
      ]),
    ).toMatchObject({ record: { incomplete: false } });
    expect(variant()).toMatchObject({ record: { incomplete: false, summary: { en: "The summary.", fr: null } } });
  });

  it("keeps partial dates as written and sorts them by their first day", () => {
    expect(["2025", "2021-12", "2024-02-29"].every(isPartialDate)).toBe(true);
    expect(["2021-13", "2023-02-29", "2021-00", "21-12-01", "2021/12/01", "2021-12-1"].some(isPartialDate)).toBe(false);
    expect([sortableDate("2025"), sortableDate("2021-12"), sortableDate("2021-12-14")]).toEqual(["2025-01-01", "2021-12-01", "2021-12-14"]);
    expect(variant([["date: '2021-02-03'", "date: '2021-02'"]])).toMatchObject({ ok: true, record: { date: "2021-02" } });
    // An unquoted year is a YAML number; it means the same year.
    expect(
      variant([
        ["id: 2021-02-03--", "id: 2021--"],
        ["date: '2021-02-03'", "date: 2021"],
      ]),
    ).toMatchObject({ ok: true, record: { date: "2021" } });
    expect(problems(variant([["date: '2021-02-03'", "date: '2021-02-30'"]]))).toEqual([{ line: 3, field: "date", problem: expect.stringMatching(/^must be a date/) }]);
  });

  it("checks that the id's date agrees with the record's date", () => {
    expect(problems(variant([["date: '2021-02-03'", "date: '2021-06-10'"]]))).toEqual([{ line: 2, field: "id", problem: "begins with 2021-02-03, which is not the record's date 2021-06-10" }]);
  });

  it("rejects a binding order without an issuer at the binding line", () => {
    expect(problems(parseFixture("malformed/binding-order-without-issuer.md"))).toEqual([{ line: 5, field: "issuers", problem: "is missing: a binding record needs at least one issuing body" }]);
  });

  it("rejects sources without an http(s) address, each at its own line", () => {
    expect(problems(parseFixture("malformed/sources-without-valid-url.md"))).toEqual([
      { line: 17, field: "sources[1].url", problem: "must be an http:// or https:// address" },
      { line: 20, field: "sources[2].url", problem: "is missing" },
    ]);
  });

  it("rejects an importance beyond 10 and a tier beyond 3", () => {
    expect(problems(parseFixture("malformed/tier-and-importance-out-of-range.md"))).toEqual([
      { line: 12, field: "importance", problem: "must be from 1 to 10" },
      { line: 16, field: "sources[0].tier", problem: expect.stringMatching(/^must be 1 \(the issuing body\)/) },
    ]);
  });

  it("reports every mistake of a file: unknown field, bad id, impossible date, unknown kind, missing title", () => {
    expect(problems(parseFixture("malformed/unknown-field-bad-date-bad-id.md"))).toEqual([
      { line: 1, field: "title", problem: "is missing" },
      { line: 2, field: "id", problem: expect.stringMatching(/^must be the date, two hyphens/) },
      { line: 3, field: "date", problem: expect.stringMatching(/^must be a date/) },
      { line: 4, field: "kind", problem: "must be one of statement, finding, order, court-decision, other" },
      { line: 7, field: "tittle", problem: "is not a field of the findings format" },
    ]);
  });

  it("reports YAML syntax errors and a missing front matter at their line", () => {
    expect(problems(parseFixture("malformed/duplicate-key.md"))).toEqual([{ line: 6, field: "kind", problem: "Map keys must be unique" }]);
    expect(problems(parseFixture("malformed/no-front-matter.md"))).toEqual([{ line: 1, field: "front matter", problem: expect.stringMatching(/must begin with a line '---'/) }]);
    expect(problems(variant([["  en: A title", '  en: "A title']]))).toEqual([{ line: 8, field: "front matter", problem: 'Missing closing "quote' }]);
    expect(problems(variant([[/---\n\nThe summary\.\n$/, ""]]))).toEqual([{ line: 14, field: "front matter", problem: "no line '---' closes the front matter" }]);
    expect(problems(variant([["The summary.", ""]]))).toEqual([{ line: 16, field: "body", problem: expect.stringMatching(/^is empty/) }]);
  });

  it("rejects a number where text is expected, since quotes keep leading zeros", () => {
    expect(problems(variant([["importance: 8", "importance: 8\nfile_numbers:\n- 015017"]]))).toEqual([{ line: 12, field: "file_numbers[0]", problem: expect.stringMatching(/^must be text/) }]);
  });

  it("warns about a value cut short by a YAML comment, and about a file named otherwise than its id", () => {
    const parsed = parseFindingFile("renamed.md", readFileSync(path.join(fixtures, "good/2022-03-15--example-order-to-delete.md"), "utf8").replace('"Order #EX-22-01"', "Order #EX-22-01"));
    expect(parsed.ok && parsed.record.fileNumbers[0]).toBe("Order");
    expect(parsed.ok && parsed.warnings.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 12, field: "file_numbers[0]" },
      { line: 2, field: "id" },
    ]);
  });
});
