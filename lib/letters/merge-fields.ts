/*
 * The merge fields of a letter template. Values are plain text (letters are sent as text, never as
 * markup). The editor refuses a field it does not know (see unknownMergeFields); a letter that still
 * holds one (an older action), or whose field has no value for a recipient, loses it with the space
 * before it, so no supporter or recipient ever reads "{{...}}".
 */

export type MergeValues = { supporter_name: string; riding: string; representative: string };
export type MergeField = keyof MergeValues;

export const MERGE_FIELDS: readonly MergeField[] = ["supporter_name", "riding", "representative"];

const FIELD = /\{\{\s*(\w+)\s*\}\}/g;

const isField = (name: string): name is MergeField => (MERGE_FIELDS as readonly string[]).includes(name);

/** Browsers post text areas with CRLF line ends: paragraphs are found, compared and stored with LF. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

export function fillMergeFields(template: string, values: Partial<MergeValues>): string {
  return normaliseNewlines(template).replace(/([ \t]*)\{\{\s*(\w+)\s*\}\}/g, (_whole, space: string, name: string) => {
    const value = isField(name) ? values[name]?.trim() : "";
    return value ? `${space}${value}` : "";
  });
}

/** Fields a template uses that Chorus cannot fill, as typed (e.g. "postcode"). */
export function unknownMergeFields(template: string): string[] {
  return [...new Set([...template.matchAll(FIELD)].map((match) => match[1]!).filter((name) => !isField(name)))];
}

/** Whether a template uses a field at all. */
export function usesMergeField(template: string, field: MergeField): boolean {
  return [...template.matchAll(FIELD)].some((match) => match[1] === field);
}

/**
 * The composer shows what it cannot fill yet as a readable placeholder ("[your riding]"): these turn
 * the supporter's text back into the template it stands for, so each recipient gets their own value.
 */
export function showPlaceholders(template: string, values: Partial<MergeValues>, labels: Record<MergeField, string>): string {
  return normaliseNewlines(template).replace(FIELD, (whole, name: string) => (isField(name) ? values[name]?.trim() || labels[name] : whole));
}

export function restorePlaceholders(text: string, labels: Record<MergeField, string>): string {
  return MERGE_FIELDS.reduce((result, field) => result.split(labels[field]).join(`{{${field}}}`), normaliseNewlines(text));
}

/** A letter's paragraphs (split at blank lines), each a list of its lines. */
export function paragraphsOf(text: string): string[][] {
  return normaliseNewlines(text)
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.trimEnd())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

/** Whether a supporter changed the organiser's text (whitespace aside): organisers see how many letters were personalised. */
export function isPersonalised(template: string, sent: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  return squash(template) !== squash(sent);
}
