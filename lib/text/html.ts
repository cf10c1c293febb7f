/*
 * HTML written as a template string, for the few documents Chorus builds outside React (the
 * supporter's own data as one standalone page). Every interpolated value is escaped unless it is
 * already SafeHtml, made by this same tag: forgetting to escape a name is then impossible, since
 * there is no way to interpolate raw text.
 */

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function piece(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(piece).join("");
  if (value === null || value === undefined || value === false) return "";
  return escapeHtml(String(value));
}

/** html`<p>${name}</p>`: the name escaped; nested html`…` (or arrays of them) kept as they are; null, undefined and false print nothing. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  return new SafeHtml(strings.reduce((out, text, index) => out + text + (index < values.length ? piece(values[index]) : ""), ""));
}
