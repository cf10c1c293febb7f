"use client";

import { useTranslations } from "next-intl";
import { SOURCE_ROWS } from "@/server/findings/admin/finding-form";
import { FieldError, Input, Select } from "./form/fields";
import { useFormContext } from "./form/panel-form";

/** The sources of a finding: a row each (address, title, publisher, date, tier); empty rows are ignored. */
export function FindingSourceRows() {
  const t = useTranslations("Admin.Findings");
  const { errors } = useFormContext();
  return (
    <fieldset id="sources" className="field" aria-describedby={errors.sources ? "sources-error" : undefined}>
      <legend>{t("fields.sources")}</legend>
      <p className="hint">{t("hints.sources")}</p>
      <FieldError name="sources" />
      {Array.from({ length: SOURCE_ROWS }, (_, index) => {
        const row = `source_${index}`;
        const name = (part: string) => `${row}_${part}`;
        const invalid = row in errors;
        return (
          <fieldset key={index} id={row} className="source-row" aria-describedby={invalid ? `${row}-error` : undefined}>
            <legend>{t("sourceNumber", { number: index + 1 })}</legend>
            {(["url", "title", "publisher", "date"] as const).map((part) => (
              <label key={part} className="field">
                {t(`source.${part}`)}
                <Input name={name(part)} id={name(part)} type={part === "url" ? "url" : "text"} aria-invalid={invalid || undefined} />
              </label>
            ))}
            <label className="field">
              {t("source.tier")}
              <Select name={name("tier")} id={name("tier")}>
                {[1, 2, 3].map((tier) => (
                  <option key={tier} value={tier}>
                    {t(`tiers.${tier}` as "tiers.1")}
                  </option>
                ))}
              </Select>
            </label>
            {invalid && (
              <p id={`${row}-error`} className="field-error">
                {t("errors.source")}
              </p>
            )}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
