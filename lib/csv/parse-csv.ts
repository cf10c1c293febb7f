/*
 * Reads CSV (RFC 4180): quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF or LF line ends, an optional byte-order mark. Returns one record per line, keyed by the
 * header's names; blank lines are skipped.
 */

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = "CsvError";
  }
}

function rows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else {
        if (char === "\n") line++;
        field += char;
      }
    } else if (char === '"' && field === "") quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      out.push(row);
      row = [];
      field = "";
      line++;
    } else field += char;
  }
  if (quoted) throw new CsvError("a quoted field is never closed", line);
  if (field !== "" || row.length > 0) {
    row.push(field);
    out.push(row);
  }
  return out.filter((cells) => !(cells.length === 1 && cells[0] === ""));
}

export function parseCsv(text: string): { header: string[]; records: Record<string, string>[] } {
  const [header, ...body] = rows(text.replace(/^\uFEFF/, ""));
  if (!header) return { header: [], records: [] };
  const records = body.map((cells, index) => {
    if (cells.length !== header.length) throw new CsvError(`expected ${header.length} fields, found ${cells.length}`, index + 2);
    return Object.fromEntries(header.map((name, column) => [name.trim(), cells[column]!.trim()]));
  });
  return { header: header.map((name) => name.trim()), records };
}
