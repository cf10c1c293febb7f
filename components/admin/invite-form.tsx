"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { InviteState } from "@/app/[locale]/admin/(panel)/users/actions";

type Refused = { refused: string };
type Props = { action: (state: InviteState, form: FormData) => Promise<InviteState | Refused>; locale: string };

export function InviteForm({ action, locale }: Props) {
  const t = useTranslations("Admin.Users");
  const [state, formAction, pending] = useActionState(async (previous: InviteState, form: FormData) => {
    const result = await action(previous, form);
    return "refused" in result ? { errors: { form: "refused" } } : result;
  }, {});
  const errors = state.errors ?? {};
  return (
    <form action={formAction} className="stack narrow" noValidate>
      {state.invited && (
        <p role="status" className="notice">
          {t("invited", { email: state.invited })}
        </p>
      )}
      {errors.form && (
        <p role="alert" className="error-summary">
          {t("errors.refused")}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="invite-email">{t("email")}</label>
        <input id="invite-email" name="email" type="email" required aria-invalid={errors.email ? true : undefined} aria-describedby={errors.email ? "invite-email-error" : undefined} />
        {errors.email && (
          <p id="invite-email-error" className="field-error">
            {t(`errors.${errors.email}` as "errors.emailInvalid")}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor="invite-name">{t("name")}</label>
        <input id="invite-name" name="name" autoComplete="off" />
      </div>
      <div className="field">
        <label htmlFor="invite-role">{t("role")}</label>
        <select id="invite-role" name="role" defaultValue="organiser">
          <option value="organiser">{t("roles.organiser")}</option>
          <option value="viewer">{t("roles.viewer")}</option>
          <option value="admin">{t("roles.admin")}</option>
        </select>
      </div>
      <button type="submit" disabled={pending}>
        {t("invite")}
      </button>
    </form>
  );
}
