import "server-only";
import { isLocale } from "@/lib/i18n/routing";
import { restorePlaceholders } from "@/lib/letters/merge-fields";
import type { Failed } from "@/lib/result";
import type { Context } from "@/server/context";
import { draftLetters } from "./draft-letters";
import { placeholderLabels } from "./placeholder-labels";
import type { DraftNote } from "./provincial-target";
import { sendLetters } from "./send-letters";

export type LetterValues = { riding: string; provincialRiding: string; subject: string; body: string; orgBody: string; postalCode: string };
export type ComposeState = {
  step: "compose" | "preview";
  values?: LetterValues;
  letters?: { name: string; subject: string; body: string }[];
  /** Why the provincial member gets no letter (keys under Write.notes, with their values). */
  notes?: DraftNote[];
  /** A key under Write.errors, and the field it is about. */
  error?: { field: string; key: string };
};
/** What one press of a composer button leads to: the composer again, or (after "send") the page of letters sent. */
export type ComposeOutcome = ComposeState | { step: "sent" };

const firstError = ({ error, fields }: Failed) => {
  const [field, key] = Object.entries(fields ?? {})[0] ?? ["form", error];
  return { field, key };
};

/** The composer's fields as posted, to show again. */
export function composerValues(form: FormData): LetterValues {
  const field = (name: string) => String(form.get(name) ?? "");
  // "Another riding" is a radio with an empty value and a list beside it.
  const riding = field("riding") || field("otherRiding");
  return { riding, provincialRiding: field("provincialRiding"), subject: form.has("subject") ? field("subject") : "0", body: field("body"), orgBody: field("orgBody"), postalCode: field("postalCode") };
}

/**
 * The composer's buttons, one step each: "preview" shows every letter as its recipient will read
 * it, "edit" goes back to the form with what was written, "send" queues them. Always as `writer`,
 * the supporter the browser proved to be (its cookie, read by the action), never as a form field says.
 */
export async function composeLetters(context: Context, slug: string, locale: string, writer: string | null, form: FormData): Promise<ComposeOutcome> {
  const current = isLocale(locale) ? locale : "en";
  const fields = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  // "Another riding" is a radio with an empty value and a list beside it.
  if (!fields.riding && fields.otherRiding) fields.riding = fields.otherRiding;
  const values = composerValues(form);
  if (!writer) return { step: "compose", values, error: { field: "form", key: "notSigned" } };
  if (fields.step === "edit") return { step: "compose", values };
  // What the composer showed in square brackets ("[your riding]") is filled in for each recipient.
  const labels = await placeholderLabels(current);
  for (const name of ["body", "orgBody"]) if (fields[name]) fields[name] = restorePlaceholders(fields[name], labels);
  if (fields.step === "send") {
    const result = await sendLetters(context, slug, current, writer, fields);
    return result.ok ? { step: "sent" } : { step: "compose", values, error: firstError(result) };
  }
  const drafts = await draftLetters(context, slug, current, writer, fields);
  if (!drafts.ok) return { step: "compose", values, error: firstError(drafts) };
  return { step: "preview", values, letters: drafts.letters.map(({ name, subject, body }) => ({ name, subject, body })), notes: drafts.notes };
}
