import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

/*
 * The two message catalogues as a flat list, for tests that check every message. The ICU parser is
 * the one use-intl itself runs (through intl-messageformat), so a message reads here as it does
 * on the site and in emails.
 */

export const catalogues = { en, fr } as const;
export type CatalogueLocale = keyof typeof catalogues;

export type Entry = { key: string; text: string };

export function entries(tree: object, prefix = ""): Entry[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === "object" && value !== null ? entries(value, `${prefix}${key}.`) : [{ key: `${prefix}${key}`, text: String(value) }]));
}

/** Some texts hold "<address>"-like words that are not tags: use-intl only parses tags for t.rich. */
export function parseMessage(text: string): MessageFormatElement[] {
  try {
    return parse(text);
  } catch {
    return parse(text, { ignoreTag: true });
  }
}

/** Every element of a message, nested branches included. */
export function allElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.flatMap((element) => [element, ...("options" in element ? Object.values(element.options).flatMap((option) => allElements(option.value)) : []), ...("children" in element ? allElements(element.children) : [])]);
}

/**
 * The literal text of a message in runs: the top level and each branch on its own, every
 * argument standing as U+E000, so punctuation can be checked against what precedes it.
 */
export function textRuns(elements: MessageFormatElement[]): string[] {
  const runs: string[] = [];
  let run = "";
  for (const element of elements) {
    if (element.type === TYPE.literal) run += element.value;
    else {
      run += "\uE000";
      if ("options" in element) for (const option of Object.values(element.options)) runs.push(...textRuns(option.value));
      if ("children" in element) runs.push(...textRuns(element.children));
    }
  }
  return [run, ...runs];
}

export { TYPE };
