"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { SettingsState } from "@/app/[locale]/admin/(panel)/settings/actions";

type Refused = { refused: string };
type Props = {
  action: (state: SettingsState, form: FormData) => Promise<SettingsState | Refused>;
  values: { name: string; nameFr: string; mailingAddress: string; contactEmail: string; fromAddress: string; replyTo: string; defaultLocale: string; timeZone: string };
  /** The zones this server knows, offered as suggestions. */
  timeZones: string[];
};

const FIELDS = [
  { name: "name", type: "text", autoComplete: "organization" },
  { name: "nameFr", type: "text", autoComplete: "off" },
  { name: "contactEmail", type: "email", autoComplete: "email" },
  { name: "fromAddress", type: "text", autoComplete: "off" },
  { name: "replyTo", type: "email", autoComplete: "email" },
] as const;

/** The organisation settings form; errors show beside their fields. */
export function SettingsForm({ action, values, timeZones }: Props) {
  const t = useTranslations("Admin.Settings");
  const [state, formAction, pending] = useActionState(async (previous: SettingsState, form: FormData) => {
    const result = await action(previous, form);
    return "refused" in result ? { errors: { form: "refused" } } : result;
  }, {});
  const errors = state.errors ?? {};
  const described = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : { "aria-describedby": `${field}-hint` });
  const error = (field: string) =>
    errors[field] && (
      <p id={`${field}-error`} className="field-error">
        {t(`errors.${errors[field]}` as "errors.required")}
      </p>
    );
  return (
    <form action={formAction} className="stack narrow" noValidate>
      {state.saved && <p role="status" className="notice">{t("saved")}</p>}
      {Object.keys(errors).length > 0 && <p role="alert" className="error-summary">{errors.form ? t("errors.refused") : t("errors.summary")}</p>}
      {FIELDS.map((field) => (
        <div key={field.name} className="field">
          <label htmlFor={field.name}>{t(`fields.${field.name}`)}</label>
          <p id={`${field.name}-hint`} className="hint">{t(`hints.${field.name}`)}</p>
          <input id={field.name} name={field.name} type={field.type} autoComplete={field.autoComplete} defaultValue={values[field.name]} {...described(field.name)} />
          {error(field.name)}
        </div>
      ))}
      <div className="field">
        <label htmlFor="mailingAddress">{t("fields.mailingAddress")}</label>
        <p id="mailingAddress-hint" className="hint">{t("hints.mailingAddress")}</p>
        <textarea id="mailingAddress" name="mailingAddress" rows={3} defaultValue={values.mailingAddress} {...described("mailingAddress")} />
        {error("mailingAddress")}
      </div>
      <div className="field">
        <label htmlFor="defaultLocale">{t("fields.defaultLocale")}</label>
        <select id="defaultLocale" name="defaultLocale" defaultValue={values.defaultLocale}>
          <option value="en">English</option>
          <option value="fr">Français</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="timeZone">{t("fields.timeZone")}</label>
        <p id="timeZone-hint" className="hint">{t("hints.timeZone")}</p>
        <input id="timeZone" name="timeZone" type="text" list="timeZone-choices" autoComplete="off" spellCheck={false} defaultValue={values.timeZone} {...described("timeZone")} />
        <datalist id="timeZone-choices">
          {timeZones.map((zone) => <option key={zone} value={zone} />)}
        </datalist>
        {error("timeZone")}
      </div>
      <button type="submit" disabled={pending}>{t("save")}</button>
    </form>
  );
}
