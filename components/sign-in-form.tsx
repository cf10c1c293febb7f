"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import type { SignInState } from "@/server/auth/request-sign-in-link";

type Props = { signIn: (state: SignInState, form: FormData) => Promise<SignInState>; privacyLink?: ReactNode };

/** Works without JavaScript (a plain form post); with it, errors appear in place. The page passes the action in. */
export function SignInForm({ signIn, privacyLink }: Props) {
  const t = useTranslations("Admin.SignIn");
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, {});
  return (
    <form action={action} className="stack" noValidate>
      <div className="field">
        <label htmlFor="email">{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="email" required aria-invalid={state.error ? true : undefined} aria-describedby={state.error ? "email-error" : undefined} />
        {state.error && (
          <p id="email-error" className="field-error">
            {t("invalidEmail")}
          </p>
        )}
      </div>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
      {privacyLink}
    </form>
  );
}
