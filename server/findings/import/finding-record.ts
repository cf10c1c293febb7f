/*
 * A finding as the file format and every verb see it: one plain object, the same whether it was
 * parsed from a Markdown file or read from the database, so "export then parse gives the same
 * record" is a plain deep equality.
 */

export const FINDING_KINDS = ["statement", "finding", "order", "court-decision", "other"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type FindingSource = {
  url: string;
  title: string;
  publisher: string | null;
  /** As written: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string | null;
  /** 1 = the issuing body itself, 2 = press or a law firm, 3 = commentary. */
  tier: 1 | 2 | 3;
};

export type FindingRecord = {
  id: string;
  /** As written: YYYY-MM-DD, YYYY-MM or YYYY (see sortableDate). */
  date: string;
  kind: FindingKind;
  binding: boolean;
  /** Not ready to publish: its summary says "to be confirmed", or its file says so. */
  incomplete: boolean;
  /** Codes: CA for federal bodies, two letters for a province (the file writes "BC, AB, QC"). */
  jurisdictions: string[];
  issuers: string[];
  fileNumbers: string[];
  title: { en: string; fr: string };
  /** English: the file's body. French: optional, front matter `summary: {fr: …}`. */
  summary: { en: string; fr: string | null };
  importance: number;
  tags: string[];
  actors: string[];
  /** Ids of other records; may name one not (yet) in the library. */
  related: string[];
  sources: FindingSource[];
};

/** What a file or a problem report calls a place: `file:line field: problem`. */
export type FindingProblem = { file: string; line: number; field: string; problem: string };

// A date-first slug: the record's date (as precise as it is known), two hyphens, then words.
export const FINDING_ID_PATTERN = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)--[a-z0-9]+(?:-[a-z0-9]+)*$/;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `text` is YYYY, YYYY-MM or a real calendar day YYYY-MM-DD. */
export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCMonth() === Number(month) - 1;
}

/** The first day a partial date can mean ("2021-12" → "2021-12-01"), so that records sort by date. */
export function sortableDate(text: string): string {
  const [year, month = "01", day = "01"] = text.split("-");
  return `${year}-${month}-${day}`;
}

// The words records use for facts still to check, in either language (lines may wrap).
const UNCONFIRMED = /to\s+be\s+confirmed|à\s+confirmer/i;

/** Whether a summary says that some of its facts are still to be confirmed. */
export function mentionsUnconfirmed(summary: FindingRecord["summary"]): boolean {
  return UNCONFIRMED.test(summary.en) || (summary.fr !== null && UNCONFIRMED.test(summary.fr));
}
