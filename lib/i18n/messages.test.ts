import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "object" && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  // Argument names only ({name} or {count, plural, …}), not the text of plural branches.
  return [...new Set([...text.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]!))].sort();
}

describe("translations", () => {
  it("have every English text in French and no French text without English", () => {
    expect(keys(fr).sort()).toEqual(keys(en).sort());
  });

  it("use the same placeholders in both languages", () => {
    const lookup = (tree: object, path: string) => path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], tree) as string;
    for (const key of keys(en)) expect(placeholders(lookup(fr, key)), key).toEqual(placeholders(lookup(en, key)));
  });
});
