"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { Lookup } from "@/server/directory/lookup-postal-code";
import type { ComposeState } from "@/server/letters/compose-letters";
import { LetterPreview } from "./letter-preview";
import { RidingChoice } from "./riding-choice";

type Props = {
  action: (state: ComposeState, form: FormData) => Promise<ComposeState>;
  locale: string;
  postalCode: string;
  lookup: Extract<Lookup, { ok: true }> | null;
  /** The provincial riding to choose when the action writes to provincial members too. */
  provincialLookup: Extract<Lookup, { ok: true }> | null;
  /** Said instead when the provincial member cannot be reached from this postal code. */
  provincialNote: string | null;
  targetsNote: string | null;
  subjects: string[];
  /** One text per kind of recipient written to (elected members, organisations), as the supporter starts from. */
  texts: { name: "body" | "orgBody"; label: string; draft: string }[];
  editable: boolean;
  /** "How we use your data", shown under the buttons of each step. */
  privacyLink?: ReactNode;
};

/**
 * Write, check, send. The form posts without JavaScript too: each step comes back as a page with
 * what the supporter wrote, and nothing is sent before they have seen every letter.
 */
export function LetterComposer({ action, locale, postalCode, lookup, provincialLookup, provincialNote, targetsNote, subjects, texts, editable, privacyLink }: Props) {
  const t = useTranslations("Write");
  const [state, formAction, pending] = useActionState(action, { step: "compose" });
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const values = state.values;

  // Announce each step: the preview's heading, or the problem.
  useEffect(() => {
    if (state.error) summary.current?.focus();
    else if (state.step === "preview") heading.current?.focus();
  }, [state]);

  if (state.step === "preview" && values && state.letters) {
    return (
      <form action={formAction} className="stack">
        <h2 ref={heading} tabIndex={-1}>
          {t("previewTitle", { count: state.letters.length })}
        </h2>
        <p>{t("previewIntro")}</p>
        {state.notes?.map((note) => (
          <p key={note.key} className="notice">
            {note.key === "provincialSkipped" ? t("notes.provincialSkipped", { riding: note.riding }) : t("notes.provincialUnreachable", { province: note.province })}
          </p>
        ))}
        {state.letters.map((letter) => (
          <LetterPreview key={letter.name} {...letter} />
        ))}
        {Object.entries(values).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="actions">
          <button type="submit" name="step" value="send" disabled={pending}>
            {t("sendCount", { count: state.letters.length })}
          </button>
          <button type="submit" name="step" value="edit" className="secondary" disabled={pending}>
            {t("change")}
          </button>
        </div>
        {privacyLink}
      </form>
    );
  }

  const error = state.error;
  return (
    <form action={formAction} className="stack">
      {error && (
        <div ref={summary} tabIndex={-1} role="alert" className="error-summary">
          <p>{t(`errors.${error.key}` as "errors.closed")}</p>
        </div>
      )}
      <input type="hidden" name="postalCode" value={postalCode} />
      {lookup && <RidingChoice lookup={lookup} locale={locale} chosen={values?.riding || undefined} />}
      {provincialLookup && <RidingChoice level="provincial" lookup={provincialLookup} locale={locale} chosen={values?.provincialRiding || undefined} />}
      {provincialNote && <p className="notice">{provincialNote}</p>}
      {targetsNote && <p>{targetsNote}</p>}
      <div className="field">
        <label htmlFor="subject">{t("subject")}</label>
        <select id="subject" name="subject" defaultValue={values?.subject ?? "0"}>
          {subjects.map((subject, index) => (
            <option key={subject} value={index}>
              {subject}
            </option>
          ))}
        </select>
      </div>
      <p id="body-hint" className="hint">
        {t(editable ? "letterHint" : "letterFixed")}
      </p>
      {texts.map(({ name, label, draft }) => (
        <div key={name} className="field">
          <label htmlFor={name}>{label}</label>
          <textarea id={name} name={name} rows={14} defaultValue={values?.[name] || draft} readOnly={!editable} aria-describedby="body-hint" aria-invalid={error?.field === name ? true : undefined} />
        </div>
      ))}
      <button type="submit" name="step" value="preview" disabled={pending}>
        {t("preview")}
      </button>
      {privacyLink}
    </form>
  );
}
