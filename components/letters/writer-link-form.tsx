"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import type { WriterLinkState } from "@/server/letters/request-writer-link";

/**
 * "Email me a link to write", for a supporter who signed on another device or some time ago.
 * `whenSent` is shown under the answer (where to read the email on a local try of Chorus).
 */
export function WriterLinkForm({ action, whenSent, privacyLink }: { action: (state: WriterLinkState, form: FormData) => Promise<WriterLinkState>; whenSent?: ReactNode; privacyLink?: ReactNode }) {
  const t = useTranslations("Write");
  const [state, formAction, pending] = useActionState(action, {});
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (state.sent || state.error) status.current?.focus();
  }, [state]);

  if (state.sent) {
    return (
      <>
        <p ref={status} tabIndex={-1} role="status">
          {t("linkSent")}
        </p>
        {whenSent}
      </>
    );
  }
  return (
    <form action={formAction} className="stack" noValidate>
      <p>{t("linkIntro")}</p>
      <div className="field">
        <label htmlFor="writer-email">{t("linkEmail")}</label>
        <input id="writer-email" name="email" type="email" autoComplete="email" required defaultValue={state.email} aria-invalid={state.error ? true : undefined} aria-describedby={state.error ? "writer-email-error" : undefined} />
        {state.error && (
          <p ref={status} tabIndex={-1} id="writer-email-error" className="field-error" role="alert">
            {t(`errors.${state.error}` as "errors.emailInvalid")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}>
        {t("linkButton")}
      </button>
      {privacyLink}
    </form>
  );
}
