import { catalogues, entries } from "../../support/catalogues";

/*
 * Whether a text a route or action answered is one of our translated messages, arguments filled
 * in: each catalogue text becomes a pattern where every top-level ICU argument ("{kilobytes,
 * number}", a whole plural) matches any text.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function pattern(message: string): RegExp {
  let source = "";
  let depth = 0;
  let literal = "";
  for (const character of message) {
    if (character === "{") {
      if (depth === 0) {
        source += escape(literal);
        literal = "";
      }
      depth++;
    } else if (character === "}" && depth > 0) {
      depth--;
      if (depth === 0) source += "[\\s\\S]+?";
    } else if (depth === 0) literal += character;
  }
  return new RegExp(`^${source}${escape(literal)}$`);
}

const patterns = [...entries(catalogues.en), ...entries(catalogues.fr)].map((entry) => pattern(entry.text));

export function isTranslated(text: unknown): boolean {
  return typeof text === "string" && text.length > 0 && patterns.some((candidate) => candidate.test(text));
}
