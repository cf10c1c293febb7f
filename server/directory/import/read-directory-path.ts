import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readDirectoryFile, type DirectoryFile } from "./directory-files";
import type { ImportInput } from "./import-directory";

// Where each kind of file comes from when its folder does not say (see db/seed/data/directory/SOURCES.md).
const PROVENANCE: Record<DirectoryFile["kind"], string> = {
  ridings: "Open Civic Data division ids",
  representatives: "House of Commons, via Represent",
  postalAreas: "postal prefix sample, via Represent (a hint)",
  fixedTargets: "public contact pages",
};

/**
 * A folder may say, in `sources.json` beside its CSVs, where each file comes from and the date its
 * facts describe: { "<file>.csv": { "source": "…", "asOf": "YYYY-MM-DD" } }. A file's modification
 * date cannot say it for a clone (it is the checkout's date).
 */
export const SOURCES_FILE = "sources.json";
const sourcesSchema = z.record(z.string(), z.strictObject({ source: z.string().trim().min(1), asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }));
type Sources = z.infer<typeof sourcesSchema>;

function readSources(folder: string): Sources {
  const file = path.join(folder, SOURCES_FILE);
  if (!existsSync(file)) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${SOURCES_FILE}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const parsed = sourcesSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${SOURCES_FILE}: ${parsed.error.issues.map((issue) => `${issue.path.join(".")} ${issue.message}`).join("; ")}`);
  return parsed.data;
}

/**
 * The CSV files at `target` (a file, or every .csv in a folder), read and recognised. `asOf` is the
 * date the data describes: given, else the folder's sources.json, else each file's modification
 * date, the best a file can say.
 */
export function readDirectoryPath(target: string, asOf?: string): { inputs: ImportInput[]; errors: string[] } {
  const folder = statSync(target).isDirectory();
  const files = folder
    ? readdirSync(target)
        .filter((name) => name.endsWith(".csv"))
        .sort()
        .map((name) => path.join(target, name))
    : [target];
  const inputs: ImportInput[] = [];
  const errors: string[] = [];
  let sources: Sources = {};
  try {
    sources = readSources(folder ? target : path.dirname(target));
  } catch (error) {
    errors.push(error instanceof Error ? error.message : String(error));
  }
  for (const file of files) {
    const name = path.basename(file);
    try {
      const parsed = readDirectoryFile(readFileSync(file, "utf8"));
      const said = sources[name];
      inputs.push({
        name,
        file: parsed,
        source: said ? `${said.source}: ${name}` : `${PROVENANCE[parsed.kind]}: ${name}`,
        asOf: asOf ?? said?.asOf ?? statSync(file).mtime.toISOString().slice(0, 10),
      });
    } catch (error) {
      errors.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { inputs, errors };
}
