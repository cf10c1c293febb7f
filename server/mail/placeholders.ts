/*
 * A bulk email is rendered once per language with {{placeholders}}, then filled per recipient.
 * Rendering React Email 100,000 times would take over an hour; filling strings takes a second.
 */

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

const escapeHtml = (value: string) => value.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");

/** Fills {{name}}-style placeholders; unknown names are left as they are, to be noticed. */
export function fillPlaceholders(template: string, values: Record<string, string>, mode: "html" | "text"): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return mode === "html" ? escapeHtml(value) : value;
  });
}

/** The literal text a template renders in place of a per-recipient value. */
export const placeholder = (name: string) => `{{${name}}}`;
