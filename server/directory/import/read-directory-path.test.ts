import { copyFileSync, mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readDirectoryPath, SOURCES_FILE } from "./read-directory-path";

const fixtures = path.resolve("tests/fixtures/directory");

/** A folder with the fixtures' federal ridings and members, their files dated 1 January 2020. */
function folder(sources?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "directory-sources-"));
  for (const name of ["federal-ridings.csv", "members.csv"]) {
    copyFileSync(path.join(fixtures, name), path.join(dir, name));
    utimesSync(path.join(dir, name), new Date("2020-01-01T12:00:00Z"), new Date("2020-01-01T12:00:00Z"));
  }
  if (sources !== undefined) writeFileSync(path.join(dir, SOURCES_FILE), sources);
  return dir;
}

describe("readDirectoryPath", () => {
  it("takes each file's source and as-of date from the folder's sources.json, not from the file's date", () => {
    const dir = folder(JSON.stringify({ "members.csv": { source: "House of Commons, checked by hand", asOf: "2025-10-01" } }));
    const { inputs, errors } = readDirectoryPath(dir);
    expect(errors).toEqual([]);
    expect(inputs.map(({ name, source, asOf }) => ({ name, source, asOf }))).toEqual([
      // Not listed: the kind's usual source and the file's own date, as before.
      { name: "federal-ridings.csv", source: "Open Civic Data division ids: federal-ridings.csv", asOf: "2020-01-01" },
      { name: "members.csv", source: "House of Commons, checked by hand: members.csv", asOf: "2025-10-01" },
    ]);
    // A date given on the command line says it for every file.
    expect(readDirectoryPath(dir, "2026-03-01").inputs.map((input) => input.asOf)).toEqual(["2026-03-01", "2026-03-01"]);
    // One file of the folder: its folder's sources.json still speaks for it.
    expect(readDirectoryPath(path.join(dir, "members.csv")).inputs[0]).toMatchObject({ asOf: "2025-10-01" });
  });

  it("names a sources.json it cannot read, so that nothing is imported with the wrong provenance", () => {
    expect(readDirectoryPath(folder(JSON.stringify({ "members.csv": { source: "", asOf: "October 2025" } }))).errors).toEqual([expect.stringMatching(/^sources\.json: members\.csv\.source .*; members\.csv\.asOf /)]);
    expect(readDirectoryPath(folder("{ not json")).errors).toEqual([expect.stringMatching(/^sources\.json: /)]);
  });
});
