import { describe, expect, it } from "vitest";
import { allElements, catalogues, entries, parseMessage, textRuns, TYPE } from "@/tests/support/catalogues";

/*
 * Canadian French typography in the catalogues: a no-break space before ":" (U+00A0) and before
 * "; ! ?" (U+00A0 or the narrow U+202F), inside « guillemets » and before "%"; one apostrophe (’)
 * in both languages; no English quotes in French. Checked on the text of each message (and of
 * each plural branch), not on its ICU syntax, so the quotes of '{{merge_field}}' are left alone.
 */

/** Texts kept in the other language on purpose: the default wordings of each language, offered to organisers in both panels. */
const ENGLISH_IN_FR = new Set(["Admin.Campaigns.defaultConsentEn", "Admin.Letters.defaults.templateEn"]);
const FRENCH_IN_EN = new Set(["Admin.Campaigns.defaultConsentFr", "Admin.Letters.defaults.templateFr"]);

const NO_BREAK = "[\u00a0\u202f]";
const ARGUMENT = "\uE000";

/** What is wrong with one run of French text, if anything. */
function frenchTypographyProblems(run: string): string[] {
  const problems: string[] = [];
  // A mark followed by a letter, digit or slash is not punctuation: "https://", "npm run findings:import", "[[cite:id]]".
  for (const match of run.matchAll(/([:;!?])(?![\p{L}\p{N}/])/gu)) {
    const before = run[match.index - 1] ?? "";
    const allowed = match[1] === ":" ? "\u00a0" : "\u00a0\u202f";
    if (!allowed.includes(before) || before === "") problems.push(`no no-break space before “${match[1]}” in “${context(run, match.index)}”`);
  }
  for (const match of run.matchAll(/«(.?)/g)) if (!new RegExp(NO_BREAK).test(match[1]!)) problems.push(`no no-break space after « in “${context(run, match.index)}”`);
  for (const match of run.matchAll(/(.?)»/g)) if (!new RegExp(NO_BREAK).test(match[1]!)) problems.push(`no no-break space before » in “${context(run, match.index)}”`);
  // "%" after a figure or an argument; "(% of the goal)" names the sign itself.
  for (const match of run.matchAll(/([\d\s\uE000])%/g)) if (!new RegExp(NO_BREAK).test(match[1]!)) problems.push(`no no-break space before % in “${context(run, match.index)}”`);
  if (/[“”"]/.test(run)) problems.push(`English quotes in “${run}”`);
  return problems.concat(apostropheProblems(run));
}

function apostropheProblems(run: string): string[] {
  return run.includes("'") ? [`straight apostrophe in “${run}”`] : [];
}

const context = (run: string, at: number) => run.slice(Math.max(0, at - 20), at + 3).replaceAll(ARGUMENT, "{…}");

function problemsOf(locale: "en" | "fr") {
  return entries(catalogues[locale]).flatMap(({ key, text }) => {
    const french = locale === "fr" ? !ENGLISH_IN_FR.has(key) : FRENCH_IN_EN.has(key);
    return textRuns(parseMessage(text)).flatMap((run) => (french ? frenchTypographyProblems(run) : apostropheProblems(run)).map((problem) => `${key}: ${problem}`));
  });
}

describe("typography of the catalogues", () => {
  it("follows Canadian French usage in French", () => {
    expect(problemsOf("fr")).toEqual([]);
  });

  it("uses the typographic apostrophe in English", () => {
    expect(problemsOf("en")).toEqual([]);
  });

  it("leave dates to lib/i18n/dates (ICU's {date, date} cannot write “1er décembre”)", () => {
    const formatted = (["en", "fr"] as const).flatMap((locale) =>
      entries(catalogues[locale])
        .filter(({ text }) => allElements(parseMessage(text)).some((element) => element.type === TYPE.date || element.type === TYPE.time))
        .map(({ key }) => `${locale}: ${key}`),
    );
    expect(formatted).toEqual([]);
  });

  it("catches what it is meant to catch", () => {
    expect(frenchTypographyProblems("Objectif : 10")).toHaveLength(1);
    expect(frenchTypographyProblems("Objectif: 10")).toHaveLength(1);
    expect(frenchTypographyProblems("Et vous?")).toHaveLength(1);
    expect(frenchTypographyProblems("« titre »")).toHaveLength(2);
    expect(frenchTypographyProblems("l'origine")).toHaveLength(1);
    expect(frenchTypographyProblems("“titre”")).toHaveLength(1);
    expect(frenchTypographyProblems("50 %")).toHaveLength(1);
    expect(frenchTypographyProblems("Objectif\u00a0: 10, et vous\u202f? «\u00a0titre\u00a0», l’origine, 50\u00a0%, https://x.ca, npm run findings:import")).toEqual([]);
  });
});
