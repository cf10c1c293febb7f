import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { findings } from "@/db/schema";
import { exportFindings } from "@/server/findings/import/export-findings";
import { importFindings } from "@/server/findings/import/import-findings";
import { loadFindingRecords } from "@/server/findings/import/load-finding-records";
import { parseFindingFile, type ParsedFinding } from "@/server/findings/import/parse-finding-file";
import { readFindingsPath } from "@/server/findings/import/read-findings-path";
import { DEMO_FINDINGS_DIR } from "@/db/seed/demo-data";

// The demo's own records, shipped with the project (what the first npm start imports).
const shipped = DEMO_FINDINGS_DIR;
const fixtures = path.resolve("tests/fixtures/findings");

function recordsOf(parsed: ParsedFinding[]) {
  const bad = parsed.flatMap((file) => (file.ok ? [] : file.errors));
  expect(bad, "every file parses").toEqual([]);
  return parsed.flatMap((file) => (file.ok ? [file.record] : []));
}

// The fixtures' own records start absent, so a rerun on a kept database sees them created again.
beforeAll(async () => {
  await db()
    .delete(findings)
    .where(inArray(findings.id, ["2022-03-15--example-order-to-delete", "2023--example-regulator-guidance"]));
});

describe("the findings importer", () => {
  it("imports the shipped demo folder, and every field of every record round-trips through the database and an export", async () => {
    const parsed = readFindingsPath(shipped);
    const originals = recordsOf(parsed);
    expect(originals).toHaveLength(6);
    // Clean: no YAML comment swallowed a value, every file is named for its id.
    expect(parsed.flatMap((file) => (file.ok ? file.warnings : []))).toEqual([]);
    // Every record is bilingual: a French title and a French summary of its own.
    for (const record of originals) {
      expect(record.summary.fr, record.id).toBeTruthy();
      expect(record.title.fr, record.id).not.toBe(record.title.en);
    }
    // The value after an unquoted " #" would be lost: the file numbers keep theirs.
    expect(originals.find((record) => record.id === "2021-02-03--joint-investigation-clearview-mass-surveillance")!.fileNumbers).toContain("PIPEDA Findings #2021-001");
    const ids = originals.map((record) => record.id);

    const first = await importFindings(db(), readFindingsPath(shipped));
    expect(first.filter((report) => report.outcome === "invalid")).toEqual([]);
    const stored = await loadFindingRecords(db(), ids);
    expect(stored).toHaveLength(originals.length);
    for (const record of originals) expect(stored.find((s) => s.id === record.id)).toEqual(record);
    // The two court decisions are deliberately incomplete: their summaries' words must flag them.
    const rows = await db().select({ id: findings.id, date: findings.date, sortDate: findings.sortDate }).from(findings);
    for (const record of originals) expect(rows.find((row) => row.id === record.id)).toMatchObject({ date: record.date, sortDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(originals.filter((record) => record.incomplete).map((record) => record.id)).toEqual(["2024-12--bc-court-reviews-clearview-order", "2025-05--alberta-court-reviews-clearview-order"]);

    const folder = mkdtempSync(path.join(tmpdir(), "findings-export-"));
    const written = await exportFindings(db(), folder);
    for (const record of originals) {
      const file = path.join(folder, `${record.id}.md`);
      expect(written).toContain(file);
      const reparsed = parseFindingFile(file, readFileSync(file, "utf8"));
      expect(reparsed.ok && reparsed.record).toEqual(record);
    }

    const again = await importFindings(db(), readFindingsPath(shipped));
    expect(again.map((report) => report.outcome)).toEqual(ids.map(() => "unchanged"));
    const fromExport = await importFindings(
      db(),
      ids.map((id) => parseFindingFile(`${id}.md`, readFileSync(path.join(folder, `${id}.md`), "utf8"))),
    );
    expect(fromExport.map((report) => report.outcome)).toEqual(ids.map(() => "unchanged"));
  });

  it("imports the valid files of a folder and nothing of a malformed one, and reports related ids it cannot find", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "findings-mixed-"));
    for (const name of ["2022-03-15--example-order-to-delete.md", "2023--example-regulator-guidance.md"]) copyFileSync(path.join(fixtures, "good", name), path.join(folder, name));
    copyFileSync(path.join(fixtures, "malformed", "binding-order-without-issuer.md"), path.join(folder, "2021-05-01--order-without-issuer.md"));

    const reports = await importFindings(db(), readFindingsPath(folder));
    expect(reports.map(({ file, outcome }) => [path.basename(file), outcome])).toEqual([
      ["2021-05-01--order-without-issuer.md", "invalid"],
      ["2022-03-15--example-order-to-delete.md", "created"],
      ["2023--example-regulator-guidance.md", "created"],
    ]);
    expect(reports[0]!.errors).toEqual([{ file: path.join(folder, "2021-05-01--order-without-issuer.md"), line: 5, field: "issuers", problem: "is missing: a binding record needs at least one issuing body" }]);
    expect(await db().select().from(findings).where(eq(findings.id, "2021-05-01--order-without-issuer"))).toEqual([]);
    // The order names the guidance, imported after it in the same run (fine), and a record that does not exist (kept, said).
    expect(reports[1]!.warnings).toEqual([expect.objectContaining({ line: 25, field: "related[1]", problem: expect.stringMatching(/^no record 2019--record-not-in-the-library/) })]);
    expect(reports[2]!.warnings).toEqual([]);
    const [order] = await loadFindingRecords(db(), ["2022-03-15--example-order-to-delete"]);
    expect(order!.related).toEqual(["2023--example-regulator-guidance", "2019--record-not-in-the-library"]);

    const again = await importFindings(db(), readFindingsPath(folder));
    expect(again.map((report) => report.outcome)).toEqual(["invalid", "unchanged", "unchanged"]);
  });

  it("updates a changed record (its sources too), keeps its creation time, and refuses a second file with the same id", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "findings-changed-"));
    const name = "2022-03-15--example-order-to-delete.md";
    await importFindings(db(), readFindingsPath(path.join(fixtures, "good", name)));
    const [before] = await db().select().from(findings).where(eq(findings.id, "2022-03-15--example-order-to-delete"));
    const text = readFileSync(path.join(fixtures, "good", name), "utf8")
      .replace("  en: Two fictional commissioners order", "  en: Two fictional commissioners finally order")
      .replace(/- url: http:\/\/news\.example[^]*?tier: 2\n/, "");
    writeFileSync(path.join(folder, name), text);
    writeFileSync(path.join(folder, "copy.md"), text);

    const reports = await importFindings(db(), readFindingsPath(folder));
    expect(reports.map(({ file, outcome }) => [path.basename(file), outcome])).toEqual([
      [name, "updated"],
      ["copy.md", "invalid"],
    ]);
    expect(reports[1]!.errors).toEqual([expect.objectContaining({ line: 2, field: "id", problem: expect.stringMatching(/^is also the id of .*2022-03-15--example-order-to-delete\.md/) })]);
    const [after] = await loadFindingRecords(db(), ["2022-03-15--example-order-to-delete"]);
    expect(after!.title.en).toBe("Two fictional commissioners finally order a company to delete face images");
    expect(after!.sources.map((source) => source.url)).toEqual(["https://regulator.example/orders/ex-22-01"]);
    const [row] = await db().select().from(findings).where(eq(findings.id, "2022-03-15--example-order-to-delete"));
    expect(row!.createdAt).toEqual(before!.createdAt);
    expect(row!.updatedAt.getTime()).toBeGreaterThan(before!.updatedAt.getTime());

    // Put the fixture back for the other tests.
    await importFindings(db(), readFindingsPath(path.join(fixtures, "good", name)));
  });
});
