import { getTranslations } from "next-intl/server";
import type { FormState } from "@/lib/forms/form-state";
import { FieldError, Input, Select } from "./form/fields";
import { PanelForm } from "./form/panel-form";

type Riding = { id: string; province: string; nameEn: string; nameFr: string };
type Props = {
  locale: string;
  action: (state: never, form: FormData) => Promise<FormState>;
  ridings: Riding[];
};

const FIELDS = ["name", "office", "party", "email"] as const;

/**
 * Adds the member for a provincial riding by hand: the shared data names no provincial members, and
 * Represent only fills them in for postal codes it has been asked about. Its ids are prefixed: the
 * fixed-target form on the same page has fields of the same names.
 */
export async function ProvincialMemberForm({ locale, action, ridings }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.Directory" });
  const provinces = [...new Set(ridings.map((riding) => riding.province))];
  if (ridings.length === 0) return <p>{t("noProvincialRidings")}</p>;
  const labels = Object.fromEntries(["ridingId", ...FIELDS].map((field) => [field, t(`memberFields.${field}`)]));
  return (
    <PanelForm action={action} initial={{}} namespace="Admin.Directory" idPrefix="member-" labels={labels} notices={{ memberAdded: t("memberAdded") }} className="stack narrow">
      <input type="hidden" name="locale" value={locale} />
      <div className="field">
        <label htmlFor="member-ridingId">{t("memberFields.ridingId")}</label>
        <Select name="ridingId" required>
          <option value="">—</option>
          {provinces.map((province) => (
            <optgroup key={province} label={province}>
              {ridings
                .filter((riding) => riding.province === province)
                .map((riding) => (
                  <option key={riding.id} value={riding.id}>
                    {locale === "fr" ? riding.nameFr : riding.nameEn}
                  </option>
                ))}
            </optgroup>
          ))}
        </Select>
        <FieldError name="ridingId" />
      </div>
      {FIELDS.map((field) => (
        <div key={field} className="field">
          <label htmlFor={`member-${field}`}>{t(`memberFields.${field}`)}</label>
          {field === "office" && (
            <p id="member-office-hint" className="hint">
              {t("officeHint")}
            </p>
          )}
          <Input name={field} type={field === "email" ? "email" : "text"} required={field === "name"} describedBy={field === "office" ? "member-office-hint" : undefined} />
          <FieldError name={field} />
        </div>
      ))}
      <button type="submit">{t("addMemberButton")}</button>
    </PanelForm>
  );
}
