import { isMap, isScalar, isSeq, visit, type Document, type LineCounter, type YAMLError } from "yaml";

export type FieldPath = readonly PropertyKey[];

/** How a field is named in a problem report: sources[1].url, title.fr. */
export function fieldName(path: FieldPath): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index === 0 ? "" : "."}${String(key)}`)).join("");
}

/**
 * The line (within the YAML text) where a field is written: its key's line, or an item's for a list
 * element. A missing field is reported at its nearest written parent (title: for a missing
 * title.fr); null for a missing top-level field, which has no line of its own.
 */
export function lineOfField(doc: Document, lines: LineCounter, path: FieldPath): number | null {
  let node: unknown = doc.contents;
  let offset: number | null = null;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      if (!pair || !isScalar(pair.key) || !pair.key.range) break;
      offset = pair.key.range[0];
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      const range = (item as { range?: [number, number, number] } | undefined)?.range;
      if (!range) break;
      offset = range[0];
      node = item;
    } else break;
  }
  return offset === null ? null : lines.linePos(offset).line;
}

export type TrailingComment = { path: PropertyKey[]; line: number; comment: string };

/**
 * Values followed on their line by " #…": YAML reads that as a comment, so `PIPEDA Findings
 * #2021-001` unquoted is only "PIPEDA Findings". Valid YAML, but rarely what the writer meant.
 */
export function trailingComments(doc: Document, source: string, lines: LineCounter): TrailingComment[] {
  const found: TrailingComment[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) for (const pair of node.items) walk(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : "?"]);
    else if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    else if (isScalar(node) && node.range) {
      const after = /^[ \t]+#(.*)/.exec(source.slice(node.range[1], node.range[2]));
      if (after) found.push({ path, line: lines.linePos(node.range[0]).line, comment: after[1]!.trim() });
    }
  };
  walk(doc.contents, []);
  return found;
}

/**
 * The line of a YAML syntax error. The parser notices an unclosed quote only where the text runs
 * out, so that one is reported where the quoted value begins.
 */
export function lineOfYamlError(doc: Document, lines: LineCounter, error: YAMLError): number {
  let offset = error.pos[0];
  if (error.code === "MISSING_CHAR") {
    visit(doc, {
      Scalar(_, node) {
        if (node.range && node.range[0] < error.pos[0] && error.pos[0] <= node.range[2] && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE")) offset = node.range[0];
      },
    });
  }
  return lines.linePos(offset).line;
}
