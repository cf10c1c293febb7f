import { z } from "zod";
import { FINDING_ID_PATTERN, FINDING_KINDS, isPartialDate, mentionsUnconfirmed, type FindingRecord } from "./finding-record";

/*
 * The rules of the file format (the README's "The findings library" section; db/seed/data/findings
 * holds examples). Keys are the file's own (snake_case), so an issue's path is the field a person sees.
 * Messages complete "<field> …": they are printed as `file:line field: problem`.
 */

const missingOr = (expected: string) => (issue: { input?: unknown }) => (issue.input === undefined || issue.input === null ? "is missing" : `must be ${expected}`);
// An empty key (`tags:`) reads as null: the same as leaving it out.
const blankToUndefined = (value: unknown) => (value === null ? undefined : value);

const text = z
  .string({ error: missingOr("text (put numbers in quotes)") })
  .trim()
  .min(1, "must not be empty");

const partialDate = z
  .union([z.string(), z.number().int()], { error: missingOr("a date: YYYY-MM-DD, YYYY-MM or YYYY") })
  .transform(String)
  .refine(isPartialDate, "must be a date: YYYY-MM-DD, YYYY-MM or YYYY (a real day)");

const list = <T extends z.ZodType>(item: T) => z.preprocess(blankToUndefined, z.array(item, { error: "must be a list" }).default([]));

const id = z.string({ error: missingOr("text") }).regex(FINDING_ID_PATTERN, "must be the date, two hyphens, then lower-case words joined by hyphens (2021-02-03--joint-investigation)");

const JURISDICTION = /^[A-Z]{2}(?:-[A-Z0-9]{1,3})?$/;
const jurisdictions = z
  .union([z.string().transform((value) => value.split(",").map((code) => code.trim())), z.array(z.string())], { error: missingOr("codes separated by commas, e.g. CA or BC, AB, QC") })
  .refine((codes) => codes.length > 0 && codes.every((code) => JURISDICTION.test(code)), "must be codes separated by commas, e.g. CA or BC, AB, QC");

const source = z.strictObject(
  {
    url: z.url({ protocol: /^https?$/, error: missingOr("an http:// or https:// address") }),
    title: text,
    publisher: z.preprocess(blankToUndefined, text.optional()),
    date: z.preprocess(blankToUndefined, partialDate.optional()),
    tier: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: missingOr("1 (the issuing body), 2 (press or law firm) or 3 (commentary)") }),
  },
  { error: "must be a url, title, publisher, date and tier" },
);

export const frontMatterSchema = z.strictObject({
  id,
  date: partialDate,
  kind: z.enum(FINDING_KINDS, { error: missingOr(`one of ${FINDING_KINDS.join(", ")}`) }),
  binding: z.boolean({ error: missingOr("true or false") }),
  incomplete: z.preprocess(blankToUndefined, z.boolean({ error: "must be true or false" }).optional()),
  jurisdiction: jurisdictions,
  issuers: list(text),
  file_numbers: list(text),
  title: z.strictObject({ en: text, fr: text }, { error: missingOr("an English and a French title (en:, fr:)") }),
  summary: z.preprocess(blankToUndefined, z.strictObject({ en: z.undefined({ error: "is the text after the front matter, not a field" }).optional(), fr: text }, { error: "must hold the French summary (fr:)" }).optional()),
  importance: z
    .number({ error: missingOr("a whole number from 1 to 10") })
    .int("must be a whole number from 1 to 10")
    .min(1, "must be from 1 to 10")
    .max(10, "must be from 1 to 10"),
  tags: list(text.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens")),
  actors: list(text),
  related: list(id),
  sources: list(source),
});

/** The whole file: its front matter and its body, the English summary. */
export const findingFileSchema = z
  .object({ front: frontMatterSchema, body: z.string().trim().min(1, "is empty: the text after the front matter is the English summary") })
  .transform(({ front, body }): FindingRecord => {
    const summary = { en: body, fr: front.summary?.fr ?? null };
    return {
      id: front.id,
      date: front.date,
      kind: front.kind,
      binding: front.binding,
      // Said explicitly in the file, or implied by a summary that says what is left to confirm.
      incomplete: front.incomplete ?? mentionsUnconfirmed(summary),
      jurisdictions: front.jurisdiction,
      issuers: front.issuers,
      fileNumbers: front.file_numbers,
      title: front.title,
      summary,
      importance: front.importance,
      tags: front.tags,
      actors: front.actors,
      related: front.related,
      sources: front.sources.map((s) => ({ url: s.url, title: s.title, publisher: s.publisher ?? null, date: s.date ?? null, tier: s.tier })),
    };
  })
  .superRefine((record, ctx) => {
    const idDate = FINDING_ID_PATTERN.exec(record.id)![1]!;
    if (!record.date.startsWith(idDate) && !idDate.startsWith(record.date)) {
      ctx.addIssue({ code: "custom", path: ["front", "id"], message: `begins with ${idDate}, which is not the record's date ${record.date}` });
    }
    if (record.binding && record.issuers.length === 0) {
      // `near`: the line to report when the field is not written at all.
      ctx.addIssue({ code: "custom", path: ["front", "issuers"], params: { near: ["binding"] }, message: "is missing: a binding record needs at least one issuing body" });
    }
    if (record.sources.length === 0 && !record.incomplete) {
      ctx.addIssue({ code: "custom", path: ["front", "sources"], message: "is missing: a complete record cites at least one source (or say incomplete: true)" });
    }
    record.related.forEach((other, index) => {
      if (other === record.id) ctx.addIssue({ code: "custom", path: ["front", "related", index], message: "is the record itself" });
    });
  });
