/**
 * A verb's raw input as plain fields, read only after the verb has authorized its caller: a posted
 * form's fields (the last value of a repeated name, as Object.fromEntries reads it, or every value
 * of the names in `lists`: checkboxes of one name send several), a plain object (a test's) as it
 * is, and no fields for anything else (an action posted with no arguments).
 */
export function postedFields(raw: unknown, lists: readonly string[] = []): Record<string, unknown> {
  if (raw instanceof FormData) return { ...Object.fromEntries(raw), ...Object.fromEntries(lists.map((name) => [name, raw.getAll(name)])) };
  return typeof raw === "object" && raw !== null ? { ...raw } : {};
}
