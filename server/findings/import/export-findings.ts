import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Database } from "@/db/client";
import { formatFindingFile } from "./format-finding-file";
import { loadFindingRecords } from "./load-finding-records";

/**
 * Writes every stored finding to `folder` as `<id>.md`, in the format the importer reads, and
 * returns the paths written. Other files in the folder are left alone; same-named ones are replaced.
 */
export async function exportFindings(database: Database, folder: string): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const record of await loadFindingRecords(database)) {
    const file = path.join(folder, `${record.id}.md`);
    writeFileSync(file, formatFindingFile(record));
    written.push(file);
  }
  return written;
}
