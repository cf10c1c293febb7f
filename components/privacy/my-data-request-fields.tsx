"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { MyDataRequestState } from "@/server/privacy/request-my-data-link";

/** The form's texts, translated by the server component that embeds it (my-data-request-form.tsx). */
export type MyDataRequestTexts = { email: string; emailHint: string; button: string; sent: string; errors: Record<"emailInvalid" | "tooMany" | "unavailable", string> };

type Props = { action: (state: MyDataRequestState, form: FormData) => Promise<MyDataRequestState>; texts: MyDataRequestTexts; whenSent?: ReactNode };

/**
 * The email field and button of the my-data request. Without JavaScript it is a plain post and
 * the page comes back with the answer; with it, the answer replaces the form and takes the focus
 * so that a screen reader hears it.
 */
export function MyDataRequestFields({ action, texts, whenSent }: Props) {
  const [state, formAction, pending] = useActionState(action, {});
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.sent || state.error) status.current?.focus();
  }, [state]);

  if (state.sent) {
    return (
      <div className="stack">
        <p ref={status} tabIndex={-1} role="status">
          {texts.sent}
        </p>
        {whenSent}
      </div>
    );
  }
  const described = ["my-data-email-hint", state.error && "my-data-email-error"].filter(Boolean).join(" ");
  return (
    <form action={formAction} className="stack" noValidate>
      <div className="field">
        <label htmlFor="my-data-email">{texts.email}</label>
        <input id="my-data-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} aria-invalid={state.error ? true : undefined} aria-describedby={described} />
        <p id="my-data-email-hint" className="hint">
          {texts.emailHint}
        </p>
        {state.error && (
          <p ref={status} tabIndex={-1} id="my-data-email-error" className="field-error" role="alert">
            {texts.errors[state.error as keyof MyDataRequestTexts["errors"]] ?? texts.errors.unavailable}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}>
        {texts.button}
      </button>
    </form>
  );
}
