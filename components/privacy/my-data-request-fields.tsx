"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { MyDataRequestState } from "@/server/privacy/request-my-data-link";

type Props = { action: (state: MyDataRequestState, form: FormData) => Promise<MyDataRequestState>; whenSent?: ReactNode };

/**
 * The email field and button of the my-data request. Without JavaScript it is a plain post and
 * the page comes back with the answer; with it, the answer replaces the form and takes the focus
 * so that a screen reader hears it.
 */
export function MyDataRequestFields({ action, whenSent }: Props) {
  const t = useTranslations("myDataRequest");
  const [state, formAction, pending] = useActionState(action, {});
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.sent || state.error) status.current?.focus();
  }, [state]);

  if (state.sent) {
    return (
      <div className="stack">
        <p ref={status} tabIndex={-1} role="status">
          {t("sent")}
        </p>
        {whenSent}
      </div>
    );
  }
  const described = ["my-data-email-hint", state.error && "my-data-email-error"].filter(Boolean).join(" ");
  return (
    <form action={formAction} className="stack" noValidate>
      <div className="field">
        <label htmlFor="my-data-email">{t("email")}</label>
        <input id="my-data-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} aria-invalid={state.error ? true : undefined} aria-describedby={described} />
        <p id="my-data-email-hint" className="hint">
          {t("emailHint")}
        </p>
        {state.error && (
          <p ref={status} tabIndex={-1} id="my-data-email-error" className="field-error" role="alert">
            {t(`errors.${state.error}` as "errors.emailInvalid")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}>
        {t("button")}
      </button>
    </form>
  );
}
