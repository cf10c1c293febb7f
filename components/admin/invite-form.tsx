"use client";

import { useTranslations } from "next-intl";
import type { InviteState } from "@/server/users/invite-user";
import { FieldError, Input, Select } from "./form/fields";
import { PanelForm } from "./form/panel-form";

type Props = { action: (state: never, form: FormData) => Promise<InviteState>; locale: string };

/** Invites a person with a role; a refused invitation keeps what was typed, a sent one starts a blank form. */
export function InviteForm({ action, locale }: Props) {
  const t = useTranslations("Admin.Users");
  return (
    <PanelForm action={action} initial={{ role: "organiser" }} namespace="Admin.Users" idPrefix="invite-" labels={{ email: t("email"), name: t("name"), role: t("role") }} className="stack narrow">
      {({ state, pending }) => (
        <>
          {state.invited && (
            <p role="status" className="notice">
              {t("invited", { email: state.invited })}
            </p>
          )}
          <input type="hidden" name="locale" value={locale} />
          <div className="field">
            <label htmlFor="invite-email">{t("email")}</label>
            <Input name="email" type="email" required />
            <FieldError name="email" />
          </div>
          <div className="field">
            <label htmlFor="invite-name">{t("name")}</label>
            <Input name="name" autoComplete="off" />
            <FieldError name="name" />
          </div>
          <div className="field">
            <label htmlFor="invite-role">{t("role")}</label>
            <Select name="role">
              <option value="organiser">{t("roles.organiser")}</option>
              <option value="viewer">{t("roles.viewer")}</option>
              <option value="admin">{t("roles.admin")}</option>
            </Select>
            <FieldError name="role" />
          </div>
          <button type="submit" disabled={pending}>
            {t("invite")}
          </button>
        </>
      )}
    </PanelForm>
  );
}
