import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseFindingFile, type ParsedFinding } from "./parse-finding-file";

/**
 * The finding files at `target` (one file, or every .md in a folder but its README), each parsed
 * and named by its path as given, so a problem reads `folder/file.md:12 field: problem`.
 */
export function readFindingsPath(target: string): ParsedFinding[] {
  const files = statSync(target).isDirectory()
    ? readdirSync(target)
        .filter((name) => name.endsWith(".md") && name.toLowerCase() !== "readme.md")
        .sort()
        .map((name) => path.join(target, name))
    : [target];
  return files.map((file) => parseFindingFile(file, readFileSync(file, "utf8")));
}
