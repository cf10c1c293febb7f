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

// A message that is all argument ("{name}") would match any text: only messages with words of their own count.
const literalLength = (message: string) =>
  pattern(message)
    .source.replaceAll("[\\s\\S]+?", "")
    .replace(/[\\^$]/g, "")
    .trim().length;
const patterns = [...entries(catalogues.en), ...entries(catalogues.fr)].filter((entry) => literalLength(entry.text) >= 4).map((entry) => pattern(entry.text));

export function isTranslated(text: unknown): boolean {
  return typeof text === "string" && text.length > 0 && patterns.some((candidate) => candidate.test(text));
}
