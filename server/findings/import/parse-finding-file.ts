import path from "node:path";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import type { FindingProblem, FindingRecord } from "./finding-record";
import { findingFileSchema } from "./finding-schema";
import { fieldName, lineOfField, lineOfYamlError, trailingComments } from "./front-matter-lines";

export type ParsedFinding =
  // `lineOf` finds a field's line for checks made later (a duplicate id, an unknown related record).
  { file: string; ok: true; record: FindingRecord; warnings: FindingProblem[]; lineOf: (field: PropertyKey[]) => number } | { file: string; ok: false; errors: FindingProblem[] };

const FENCE = /^---[ \t]*$/;

type Located = { doc: Document; lines: LineCounter; bodyLine: number };

/** Every problem one zod issue stands for (an unknown-keys issue names several fields), with file lines. */
function problemsOf(file: string, issue: z.core.$ZodIssue, at: Located): FindingProblem[] {
  const [part, ...rest] = issue.path;
  if (part === "body") return [{ file, line: at.bodyLine, field: "body", problem: issue.message }];
  // The YAML text starts on the file's second line, after the opening '---'. A field that is not
  // written is reported where its rule points (`near`), else on line 1.
  const near = issue.code === "custom" ? (issue.params?.near as PropertyKey[] | undefined) : undefined;
  const line = (fieldPath: PropertyKey[]) => (lineOfField(at.doc, at.lines, fieldPath) ?? (near && lineOfField(at.doc, at.lines, near)) ?? 0) + 1;
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({ file, line: line([...rest, key]), field: fieldName([...rest, key]), problem: "is not a field of the findings format" }));
  }
  return [{ file, line: line(rest), field: fieldName(rest) || "front matter", problem: issue.message }];
}

/**
 * Reads one finding file: YAML front matter between '---' lines, then the English summary.
 * Returns the record, or every problem found, each with the file line of the field at fault
 * (nothing is partly accepted). `file` is the name problems are reported under.
 */
export function parseFindingFile(file: string, source: string): ParsedFinding {
  const lines = source
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .split("\n");
  const fail = (line: number, problem: string): ParsedFinding => ({ file, ok: false, errors: [{ file, line, field: "front matter", problem }] });
  if (!FENCE.test(lines[0] ?? "")) return fail(1, "the file must begin with a line '---' that opens the YAML front matter");
  const close = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (close < 0) return fail(lines.length - (lines.at(-1) === "" ? 1 : 0), "no line '---' closes the front matter");

  const lineCounter = new LineCounter();
  const yamlText = lines.slice(1, close).join("\n") + "\n";
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const yamlProblems = [...doc.errors, ...doc.warnings];
  if (yamlProblems.length > 0) {
    const errors = yamlProblems.map((error) => {
      const line = lineOfYamlError(doc, lineCounter, error);
      // A key written twice is the usual slip: name it.
      const key = error.code === "DUPLICATE_KEY" ? /^[\s-]*([^:#]+?)\s*:/.exec(lines[line] ?? "")?.[1] : undefined;
      return { file, line: line + 1, field: key ?? "front matter", problem: error.message };
    });
    return { file, ok: false, errors };
  }
  if (!isMap(doc.contents)) return fail(2, "must be fields written as key: value");

  const body = lines.slice(close + 1);
  const firstText = body.findIndex((line) => line.trim() !== "");
  const at: Located = { doc, lines: lineCounter, bodyLine: close + 2 + Math.max(firstText, 0) };
  const parsed = findingFileSchema.safeParse({ front: doc.toJS(), body: body.join("\n") });
  if (!parsed.success) {
    const errors = parsed.error.issues.flatMap((issue) => problemsOf(file, issue, at)).sort((a, b) => a.line - b.line);
    return { file, ok: false, errors };
  }
  const record = parsed.data;
  const warnings: FindingProblem[] = trailingComments(doc, yamlText, lineCounter).map(({ path: fieldPath, line, comment }) => ({
    file,
    line: line + 1,
    field: fieldName(fieldPath),
    problem: `ends in a YAML comment ("#${comment}"), which is not part of the value: quote the whole value to keep it`,
  }));
  const lineOf = (field: PropertyKey[]) => (lineOfField(doc, lineCounter, field) ?? 0) + 1;
  const expected = `${record.id}.md`;
  if (path.extname(file) === ".md" && path.basename(file) !== expected) {
    warnings.push({ file, line: lineOf(["id"]), field: "id", problem: `differs from the file name; an export writes it as ${expected}` });
  }
  return { file, ok: true, record, warnings, lineOf };
}
