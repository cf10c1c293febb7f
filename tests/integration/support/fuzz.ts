import { sql } from "drizzle-orm";
import fc from "fast-check";
import { db } from "@/db/client";
import { isTranslated } from "./translated";

/*
 * What the fuzz tests throw at routes and actions: text a person or a script could send, with the
 * characters that break things (NUL and other controls, lone surrogates, percent signs a second
 * decoding chokes on, very long values), and JSON of any shape.
 */

const awkward = fc.constantFrom("", " ", "\u0000", "Ana\u0000Lima", "\u0007\u001b[31m", "%", "%E0%A4%A", "%00", "../../etc/passwd", "\uD800", "😀", "K1A 0A6", "k1a0a6", "en", "fr", "xx", "null", "x".repeat(70_000), "é".repeat(300));

/** Any text, weighted toward the characters that have broken routes before. */
export const nastyText: fc.Arbitrary<string> = fc.oneof(
  awkward,
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: fc.constantFrom("\u0000", "\u0001", "\u007f", "a", "é", "%", "/", "\n", "-", "@", ".", " ", "1"), maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);

/** A route param or query value: what decoding a URL can give, so well-formed (no lone surrogate). */
export const paramText: fc.Arbitrary<string> = nastyText.filter((value) => value.isWellFormed());

/** A value of any JSON type, strings made nasty. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(nastyText, fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));

/** An object with some of these keys, each with any value. */
export const someOf = (keys: string[]) => fc.record(Object.fromEntries(keys.map((key) => [key, anyValue])), { requiredKeys: [] });

/**
 * A valid input with some of its fields replaced by nasty text: random forms are almost never
 * valid, and a NUL that only breaks the database insert is found only past validation.
 */
export const spoiled = (valid: Record<string, string>) =>
  fc
    .subarray(Object.keys(valid), { minLength: 1, maxLength: 2 })
    .chain((names) => fc.tuple(...names.map(() => fc.oneof({ arbitrary: awkward, weight: 2 }, { arbitrary: nastyText, weight: 1 }))).map((values) => ({ ...valid, ...Object.fromEntries(names.map((name, i) => [name, values[i]!])) })));

export const formData = (fields: Record<string, string | undefined>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) data.append(name, value);
  return data;
};

/** Run count per property: the whole fuzz suite stays within a minute on a shared machine. */
export const runs = (numRuns: number) => ({ numRuns, endOnFailure: true });

/** The human-readable texts a refusal carries (JSON `message`, `error` or `errors`, or a plain-text body). */
export async function refusalTexts(response: Response): Promise<string[]> {
  const text = await response.text();
  if (!(response.headers.get("content-type") ?? "").includes("json")) return [text.trim()];
  const body = JSON.parse(text) as { message?: unknown; error?: unknown; errors?: Record<string, unknown> };
  if (body.message !== undefined) return [String(body.message)];
  if (body.errors) return Object.values(body.errors).map(String);
  return [String(body.error)];
}

/** Never a 5xx; a refusal is a 4xx whose every text is one of our translated messages. */
export async function expectTranslatedRefusal(response: Response, what: string): Promise<void> {
  if (response.status >= 500) throw new Error(`${what}: answered ${response.status}: ${await response.text()}`);
  if (response.status < 400) return;
  const texts = await refusalTexts(response);
  const untranslated = texts.filter((text) => !isTranslated(text));
  if (untranslated.length > 0) throw new Error(`${what}: ${response.status} with untranslated ${JSON.stringify(untranslated)}`);
}

/** The letters and emails a fuzz file queued are nobody's: a later file's workers must not send them. */
export async function dropQueuedWork(): Promise<void> {
  await db().execute(sql`delete from pgboss.job where (name like 'letters.%' or name like 'mail.%') and state in ('created', 'retry')`);
}
