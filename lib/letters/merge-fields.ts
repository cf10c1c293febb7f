/*
 * The merge fields of a letter template. Unknown fields are left as typed, so a mistake shows in the
 * preview instead of vanishing; values are plain text (letters are sent as text, never as markup).
 */

export type MergeValues = { supporter_name: string; riding: string; representative: string };

export const MERGE_FIELDS: readonly (keyof MergeValues)[] = ["supporter_name", "riding", "representative"];

export function fillMergeFields(template: string, values: MergeValues): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in values ? values[name as keyof MergeValues] : whole));
}

/** Whether a supporter changed the organiser's text (whitespace aside): organisers see how many letters were personalised. */
export function isPersonalised(template: string, sent: string): boolean {
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  return squash(template) !== squash(sent);
}
