import { describe, expect, it } from "vitest";
import { allElements, catalogues, entries, parseMessage, TYPE } from "@/tests/support/catalogues";

const keys = (tree: object) => entries(tree).map((entry) => entry.key);

function placeholders(text: string): string[] {
  // Argument names only ({name} or {count, plural, …}), not the words of plural branches.
  const names = allElements(parseMessage(text)).flatMap((element) => (element.type === TYPE.literal || element.type === TYPE.pound ? [] : [element.value]));
  return [...new Set(names)].sort();
}

describe("translations", () => {
  it("have every English text in French and no French text without English", () => {
    expect(keys(catalogues.fr).sort()).toEqual(keys(catalogues.en).sort());
  });

  it("use the same placeholders in both languages", () => {
    const french = new Map(entries(catalogues.fr).map((entry) => [entry.key, entry.text]));
    for (const { key, text } of entries(catalogues.en)) expect(placeholders(french.get(key) ?? ""), key).toEqual(placeholders(text));
  });
});
