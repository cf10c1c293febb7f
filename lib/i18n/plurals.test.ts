import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { allElements, catalogues, entries, parseMessage, TYPE, type CatalogueLocale } from "@/tests/support/catalogues";

/*
 * Every number a message prints in words goes through an ICU plural, so French reads "1 signature"
 * and "0 signature" where English reads "1 signature" and "0 signatures", and through # or
 * "number" so 10000 prints "10,000" / "10 000" (narrow no-break space).
 */

/** Arguments that hold numbers even where a message prints them bare ({count}). */
const NUMERIC_NAMES = new Set(["count", "total", "shown", "n", "number", "page", "pages", "rows", "goal", "signatures", "percent", "confirmed", "signed", "retried", "skipped", "version"]);

/** Numbers that are not counts of things, so no word agrees with them: `key:argument` and why. */
const NOT_COUNTS: Record<string, string> = {
  "Admin.pageOf:page": "a page number in “Page 2 of 5”",
  "Admin.pageOf:pages": "the last page number in “Page 2 of 5”",
  "Admin.Campaigns.percent:percent": "a percentage: “%” takes no plural",
  "Email.Milestone.subject:percent": "a percentage",
  "MilestoneUpdate.title:percent": "a percentage",
  "MilestoneUpdate.body:percent": "a percentage",
  "Admin.Campaigns.consentVersion:version": "a version label, printed like a name",
  "Admin.Signatures.version:version": "a version label, printed like a name",
  "Admin.Findings.sourceNumber:number": "an ordinal label (“Source 2”)",
  "Updates.citation:n": "an ordinal label (“Source 2”)",
  "Counts.ofGoal:goal": "a figure after a label (“Goal: 1,000”): no word agrees with it",
  "Admin.LetterRetry.button:count": "a tally in brackets after a button’s words",
  "Admin.LetterRetry.rowButton:count": "a tally in brackets after a button’s words",
  "Admin.LetterRetry.rowButtonLabel:count": "a tally in brackets after a button’s words",
  "Api.bodyTooLarge:kilobytes": "a size before a unit symbol (KB, Ko), which takes no plural",
};

/** Labels printed as they are: a version is never large enough to need grouping. */
const BARE_ALLOWED = new Set(["Admin.Campaigns.consentVersion:version", "Admin.Signatures.version:version", "Admin.Findings.sourceNumber:number", "Updates.citation:n"]);

function numericArguments(text: string) {
  const elements = allElements(parseMessage(text));
  const numeric = new Set<string>();
  const plural = new Set<string>();
  const bare = new Set<string>();
  for (const element of elements) {
    if (element.type === TYPE.plural) plural.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.number) numeric.add(element.value);
    if (element.type === TYPE.argument && NUMERIC_NAMES.has(element.value)) {
      numeric.add(element.value);
      bare.add(element.value);
    }
  }
  return { numeric, plural, bare, dates: new Set(elements.filter((element) => element.type === TYPE.date || element.type === TYPE.time).map((element) => element.value)) };
}

const locales = Object.keys(catalogues) as CatalogueLocale[];

describe.each(locales)("%s messages with a number", (locale) => {
  const messages = entries(catalogues[locale]);

  it("put every count through an ICU plural", () => {
    const missing = messages.flatMap(({ key, text }) => {
      const { numeric, plural } = numericArguments(text);
      return [...numeric].filter((name) => !plural.has(name) && !NOT_COUNTS[`${key}:${name}`]).map((name) => `${key}: {${name}}`);
    });
    expect(missing).toEqual([]);
  });

  it("format every number with the language's grouping (# or {n, number}), never bare", () => {
    const bare = messages.flatMap(({ key, text }) => [...numericArguments(text).bare].filter((name) => !BARE_ALLOWED.has(`${key}:${name}`)).map((name) => `${key}: {${name}}`));
    expect(bare).toEqual([]);
  });

  it("name only exceptions that still exist", () => {
    for (const exception of Object.keys(NOT_COUNTS)) {
      const [key, name] = exception.split(":") as [string, string];
      const text = messages.find((message) => message.key === key)?.text;
      expect(text && numericArguments(text).numeric.has(name), exception).toBeTruthy();
    }
  });

  it.each([0, 1, 2, 1000])("render every plural message for %i", (n) => {
    const t = createTranslator({ locale, messages: catalogues[locale] });
    const grouped = new Intl.NumberFormat(locale).format(1000);
    for (const { key, text } of messages) {
      const { numeric, plural, dates } = numericArguments(text);
      if (plural.size === 0) continue;
      const values = Object.fromEntries(
        allElements(parseMessage(text))
          .filter((element) => "value" in element && element.type !== TYPE.literal)
          .map((element) => {
            const name = (element as { value: string }).value;
            return [name, numeric.has(name) ? n : dates.has(name) ? new Date(Date.UTC(2026, 11, 1)) : "X"];
          }),
      );
      const shown = t(key as never, values as never) as string;
      expect(shown, key).not.toMatch(/\b1000\b/);
      if (n === 1000 && /other \{[^{}]*#/.test(text)) expect(shown, key).toContain(grouped);
    }
  });
});

describe("counts in words", () => {
  const en = createTranslator({ locale: "en", messages: catalogues.en });
  const fr = createTranslator({ locale: "fr", messages: catalogues.fr });

  it("agree with the number in English", () => {
    expect(en("Thanks.body", { count: 1 })).toBe("Yours is the first signature on this petition.");
    expect(en("Thanks.body", { count: 2 })).toBe("You are now one of 2 signers of this petition.");
    expect(en("Home.goal", { goal: 1 })).toBe("Goal: 1 signature");
    expect(en("Home.goal", { goal: 10000 })).toBe("Goal: 10,000 signatures");
    expect(en("Counts.byRidingHint", { shown: 1, total: 1 })).toMatch(/^The riding with the most signatures, out of 1 riding\./);
  });

  it("agree with the number in French, where 0 and 1 are singular", () => {
    expect(fr("Counts.signatures", { count: 1 })).toBe("1 signature");
    expect(fr("Counts.signatures", { count: 12000 })).toBe("12\u202f000 signatures");
    expect(fr("Home.goal", { goal: 1 })).toBe("Objectif\u00a0: 1 signature");
    expect(fr("Home.goal", { goal: 10000 })).toBe("Objectif\u00a0: 10\u202f000 signatures");
    expect(fr("Thanks.body", { count: 1 })).toBe("La vôtre est la première signature de cette pétition.");
    expect(fr("Thanks.body", { count: 1500 })).toBe("Vous faites maintenant partie des 1\u202f500 signataires de cette pétition.");
    expect(fr("Admin.Dashboard.confirmationRateHint", { confirmed: 1, signed: 1 })).toBe("1 sur 1 signature faite ces 30 derniers jours est confirmée.");
    expect(fr("MilestoneUpdate.title", { percent: 50, signatures: 1 })).toBe("50\u00a0% du chemin\u00a0: 1 personne a signé");
  });
});
