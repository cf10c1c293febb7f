/*
 * One CSV cell (RFC 4180), safe to open in a spreadsheet. A value starting with = + - @ (or a tab or
 * carriage return, which some spreadsheets skip before reading a formula) would run as a formula
 * when opened, e.g. =HYPERLINK(...) typed as a "name" on the petition; it is prefixed with a quote
 * mark, which spreadsheets show as text (OWASP's advice for CSV injection).
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | boolean | Date | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = value instanceof Date ? value.toISOString() : String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly (string | number | boolean | Date | null | undefined)[]): string {
  return `${values.map(csvCell).join(",")}\r\n`;
}
