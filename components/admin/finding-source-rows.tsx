"use client";

import { useTranslations } from "next-intl";
import { SOURCE_ROWS } from "@/server/findings/admin/finding-form";

/** The sources of a finding: a row each (address, title, publisher, date, tier); empty rows are ignored. */
export function FindingSourceRows({ values, errors }: { values: Record<string, string>; errors: Record<string, string> }) {
  const t = useTranslations("Admin.Findings");
  return (
    <fieldset className="field">
      <legend>{t("fields.sources")}</legend>
      <p className="hint">{t("hints.sources")}</p>
      {errors.sources && <p className="field-error">{t(`errors.${errors.sources}` as "errors.sources")}</p>}
      {Array.from({ length: SOURCE_ROWS }, (_, index) => {
        const name = (part: string) => `source_${index}_${part}`;
        const invalid = errors[`source_${index}`];
        return (
          <fieldset key={index} className="source-row" aria-describedby={invalid ? `source_${index}-error` : undefined}>
            <legend>{t("sourceNumber", { number: index + 1 })}</legend>
            {(["url", "title", "publisher", "date"] as const).map((part) => (
              <label key={part} className="field">
                {t(`source.${part}`)}
                <input name={name(part)} type={part === "url" ? "url" : "text"} defaultValue={values[name(part)] ?? ""} />
              </label>
            ))}
            <label className="field">
              {t("source.tier")}
              <select name={name("tier")} defaultValue={values[name("tier")] ?? "1"}>
                {[1, 2, 3].map((tier) => <option key={tier} value={tier}>{t(`tiers.${tier}` as "tiers.1")}</option>)}
              </select>
            </label>
            {invalid && <p id={`source_${index}-error`} className="field-error">{t("errors.source")}</p>}
          </fieldset>
        );
      })}
    </fieldset>
  );
}
