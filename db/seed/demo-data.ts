import path from "node:path";
import { fileURLToPath } from "node:url";

/*
 * The demo data that ships with the project, so that a plain clone is the whole demo: the Canadian
 * directory (ridings, MPs, postal hints, commissioners) and the findings the demo campaign cites.
 * DIRECTORY_DATA_DIR and FINDINGS_DATA_DIR name other folders in the same formats instead.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const DEMO_DIRECTORY_DIR = path.join(here, "data", "directory");
export const DEMO_FINDINGS_DIR = path.join(here, "data", "findings");

/** A folder as a person reads it in the terminal: relative to where they are, when inside it. */
export function shownPath(folder: string): string {
  const relative = path.relative(process.cwd(), folder);
  return relative && !relative.startsWith("..") && !path.isAbsolute(relative) ? relative : folder;
}
