import { z } from "zod";

/*
 * The one rule for text that people type and we store. PostgreSQL refuses U+0000 in text (the
 * request would fail with a 500), and the other control characters have no place in a name, a
 * title or a letter: they hide text, break CSV exports and email headers. A multi-line field
 * keeps its line breaks and tabs. Every schema that takes free text builds it from here, and each
 * form's `errors` namespace has the `controlCharacters` message.
 */

export const CONTROL_CHARACTERS = "controlCharacters";

const ANY_CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINES = /[^\P{Cc}\n\r\t]/u;

/** Whether a value holds a control character (line breaks and tabs allowed when `multiline`). */
export function hasControlCharacters(value: string, multiline = false): boolean {
  return (multiline ? CONTROL_BUT_LINES : ANY_CONTROL).test(value);
}

type StringParams = Parameters<typeof z.string>[0];

/** A one-line text: no control character at all (checked first, so its message is the field's). */
export const singleLineText = (params?: StringParams) => z.string(params).refine((value) => !hasControlCharacters(value), CONTROL_CHARACTERS);

/** A text of several lines: line breaks and tabs, but no other control character. */
export const multiLineText = (params?: StringParams) => z.string(params).refine((value) => !hasControlCharacters(value, true), CONTROL_CHARACTERS);
