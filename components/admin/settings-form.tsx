"use client";

import { useTranslations } from "next-intl";
import type { SettingsState } from "@/server/organisation/save-settings";
import type { FormValues } from "@/lib/forms/form-state";
import { FieldError, Input, Select, TextArea } from "./form/fields";
import { PanelForm } from "./form/panel-form";

type Props = {
  action: (state: never, form: FormData) => Promise<SettingsState>;
  values: FormValues;
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

/** The organisation settings form; errors show beside their fields, and a refused save keeps what was typed. */
export function SettingsForm({ action, values, timeZones }: Props) {
  const t = useTranslations("Admin.Settings");
  const labels = Object.fromEntries([...FIELDS.map((field) => field.name), "mailingAddress", "defaultLocale", "timeZone"].map((name) => [name, t(`fields.${name}` as "fields.name")]));
  return (
    <PanelForm action={action} initial={values} namespace="Admin.Settings" labels={labels} className="stack narrow">
      {({ state, pending }) => (
        <>
          {state.saved && (
            <p role="status" className="notice">
              {t("saved")}
            </p>
          )}
          {FIELDS.map((field) => (
            <div key={field.name} className="field">
              <label htmlFor={field.name}>{t(`fields.${field.name}`)}</label>
              <p id={`${field.name}-hint`} className="hint">
                {t(`hints.${field.name}`)}
              </p>
              <Input name={field.name} type={field.type} autoComplete={field.autoComplete} describedBy={`${field.name}-hint`} />
              <FieldError name={field.name} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="mailingAddress">{t("fields.mailingAddress")}</label>
            <p id="mailingAddress-hint" className="hint">
              {t("hints.mailingAddress")}
            </p>
            <TextArea name="mailingAddress" rows={3} describedBy="mailingAddress-hint" />
            <FieldError name="mailingAddress" />
          </div>
          <div className="field">
            <label htmlFor="defaultLocale">{t("fields.defaultLocale")}</label>
            <Select name="defaultLocale">
              <option value="en">English</option>
              <option value="fr">Français</option>
            </Select>
            <FieldError name="defaultLocale" />
          </div>
          <div className="field">
            <label htmlFor="timeZone">{t("fields.timeZone")}</label>
            <p id="timeZone-hint" className="hint">
              {t("hints.timeZone")}
            </p>
            <Input name="timeZone" type="text" list="timeZone-choices" autoComplete="off" spellCheck={false} describedBy="timeZone-hint" />
            <datalist id="timeZone-choices">
              {timeZones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
            <FieldError name="timeZone" />
          </div>
          <button type="submit" disabled={pending}>
            {t("save")}
          </button>
        </>
      )}
    </PanelForm>
  );
}
