"use server";

import { db } from "@/db/client";
import { redirect } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { restorePlaceholders } from "@/lib/letters/merge-fields";
import { draftLetters } from "@/server/letters/draft-letters";
import { currentLetterWriter } from "@/server/letters/letter-writer";
import { placeholderLabels } from "@/server/letters/placeholder-labels";
import type { DraftNote } from "@/server/letters/provincial-target";
import { sendLetters } from "@/server/letters/send-letters";
import { orUnavailable, UNAVAILABLE } from "@/server/outage/or-unavailable";

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

const firstError = (errors: Record<string, string>) => {
  const [field, key] = Object.entries(errors)[0] ?? ["form", "closed"];
  return { field, key };
};

/**
 * The composer's buttons, one step each: "preview" shows every letter as its recipient will read
 * it, "edit" goes back to the form with what was written, "send" queues them. Always as the
 * supporter this browser proved to be (never as a form field says).
 */
export async function writeLettersAction(slug: string, locale: string, state: ComposeState, form: FormData): Promise<ComposeState> {
  const result = await orUnavailable(() => composeStep(slug, locale, state, form));
  // The database could not be reached: the composer comes back as written, saying to try again.
  if (result === UNAVAILABLE) return { step: "compose", values: valuesOf(form), error: { field: "form", key: UNAVAILABLE } };
  return result;
}

function valuesOf(form: FormData): LetterValues {
  const field = (name: string) => String(form.get(name) ?? "");
  // "Another riding" is a radio with an empty value and a list beside it.
  const riding = field("riding") || field("otherRiding");
  return { riding, provincialRiding: field("provincialRiding"), subject: form.has("subject") ? field("subject") : "0", body: field("body"), orgBody: field("orgBody"), postalCode: field("postalCode") };
}

async function composeStep(slug: string, locale: string, _state: ComposeState, form: FormData): Promise<ComposeState> {
  const current = isLocale(locale) ? locale : "en";
  const fields = Object.fromEntries([...form].map(([key, value]) => [key, String(value)]));
  // "Another riding" is a radio with an empty value and a list beside it.
  if (!fields.riding && fields.otherRiding) fields.riding = fields.otherRiding;
  const values = valuesOf(form);
  const writer = await currentLetterWriter();
  if (!writer) return { step: "compose", values, error: { field: "form", key: "notSigned" } };
  if (fields.step === "edit") return { step: "compose", values };
  // What the composer showed in square brackets ("[your riding]") is filled in for each recipient.
  const labels = await placeholderLabels(current);
  for (const name of ["body", "orgBody"]) if (fields[name]) fields[name] = restorePlaceholders(fields[name], labels);
  if (fields.step === "send") {
    const result = await sendLetters(slug, current, writer, fields);
    if (!result.ok) return { step: "compose", values, error: firstError(result.errors) };
    // The page lists the letters as stored (see listSentLetters): the address carries no names.
    redirect({ href: { pathname: "/campaigns/[slug]/write", params: { slug }, query: { sent: "1" } }, locale: current });
  }
  const drafts = await draftLetters(db(), slug, current, writer, fields);
  if (!drafts.ok) return { step: "compose", values, error: firstError(drafts.errors) };
  return { step: "preview", values, letters: drafts.letters.map(({ name, subject, body }) => ({ name, subject, body })), notes: drafts.notes };
}

