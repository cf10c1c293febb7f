import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { readDirectoryFile, type DirectoryFile } from "./directory-files";
import type { ImportInput } from "./import-directory";

// Where each kind of file comes from, as recorded in every row (see ../shared/data/canada/SOURCES.md).
const PROVENANCE: Record<DirectoryFile["kind"], string> = {
  ridings: "Open Civic Data division ids",
  representatives: "House of Commons, via Represent",
  postalAreas: "postal prefix sample, via Represent (a hint)",
  fixedTargets: "public contact pages",
};

/**
 * The CSV files at `target` (a file, or every .csv in a folder), read and recognised. `asOf` is the
 * date the data describes; by default each file's modification date, the best a file can say.
 */
export function readDirectoryPath(target: string, asOf?: string): { inputs: ImportInput[]; errors: string[] } {
  const files = statSync(target).isDirectory()
    ? readdirSync(target).filter((name) => name.endsWith(".csv")).sort().map((name) => path.join(target, name))
    : [target];
  const inputs: ImportInput[] = [];
  const errors: string[] = [];
  for (const file of files) {
    const name = path.basename(file);
    try {
      const parsed = readDirectoryFile(readFileSync(file, "utf8"));
      inputs.push({ name, file: parsed, source: `${PROVENANCE[parsed.kind]}: ${name}`, asOf: asOf ?? statSync(file).mtime.toISOString().slice(0, 10) });
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { inputs, errors };
}
