import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { FindingRecord } from "./finding-record";
import { formatFindingFile } from "./format-finding-file";
import { parseFindingFile } from "./parse-finding-file";

const good = path.resolve("tests/fixtures/findings/good");

function recordOf(name: string, text: string): FindingRecord {
  const parsed = parseFindingFile(name, text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.record;
}

describe("formatFindingFile", () => {
  it("writes what parses back to the same record", () => {
    for (const name of readdirSync(good)) {
      const record = recordOf(name, readFileSync(path.join(good, name), "utf8"));
      const written = formatFindingFile(record);
      expect(recordOf(name, written)).toEqual(record);
      expect(parseFindingFile(name, written)).toMatchObject({ warnings: [] });
    }
  });

  it("quotes dates and numbers-as-text, and writes the incomplete flag only when the summary does not imply it", () => {
    const order = readFileSync(path.join(good, "2022-03-15--example-order-to-delete.md"), "utf8");
    const written = formatFindingFile(recordOf("order.md", order));
    expect(written).toMatch(/^---\nid: 2022-03-15--example-order-to-delete\ndate: '2022-03-15'\nkind: order\nbinding: true\nincomplete: true\njurisdiction: BC, QC\n/);
    expect(written).toContain("\n  date: '2022-03'\n");
    expect(written).toContain('\n- "007"\n');
    expect(written).toMatch(/\n---\n\nTwo fictional commissioners .*implies\.\n$/s);

    const guidance = readFileSync(path.join(good, "2023--example-regulator-guidance.md"), "utf8");
    const implied = formatFindingFile(recordOf("guidance.md", guidance));
    expect(implied).not.toContain("incomplete:");
    expect(implied).not.toContain("sources:");
    expect(implied).toContain("summary:\n  fr: |-\n    Un organisme");
  });
});
