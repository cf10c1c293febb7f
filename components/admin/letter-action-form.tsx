"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { LetterFormState } from "@/app/[locale]/admin/(panel)/campaigns/[id]/letters/actions";

type Refused = { refused: string };
type Props = {
  action: (state: LetterFormState | Refused, form: FormData) => Promise<LetterFormState | Refused>;
  locale: string;
  campaignId: string;
  /** The saved action's values (or the defaults of a new one), by field name, as the form posts them. */
  initial: Record<string, string>;
  targets: { id: string; name: string; email: string }[];
};

// Each kind of recipient's salutation and letter, English beside French.
const KINDS = [
  { kind: "elected", fields: ["salutationEn", "salutationFr", "templateEn", "templateFr"] },
  { kind: "organisation", fields: ["orgSalutationEn", "orgSalutationFr", "orgTemplateEn", "orgTemplateFr"] },
] as const;

type TextName = "subjectsEn" | "subjectsFr" | "salutationEn" | "salutationFr" | "templateEn" | "templateFr" | "orgSalutationEn" | "orgSalutationFr" | "orgTemplateEn" | "orgTemplateFr";

/**
 * The letter action editor. The server action is given to the form as is, so it works without
 * JavaScript; a refused save comes back with every value as typed and each problem beside its field.
 */
export function LetterActionForm({ action, locale, campaignId, initial, targets }: Props) {
  const t = useTranslations("Admin.Letters");
  const [state, formAction, pending] = useActionState(action, {});
  const refused = "refused" in state;
  const errors = refused ? {} : (state.errors ?? {});
  const values = (!refused && state.values) || initial;
  const checked = (name: string) => values[name] === "on";
  const ticked = new Set((values.fixedTargetIds ?? "").split(",").filter(Boolean));
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  const error = (field: string) => {
    if (!errors[field]) return null;
    const [key, name] = errors[field].split("|");
    return <p id={`${field}-error`} className="field-error">{t(`errors.${key}` as "errors.unknownField", { field: name ?? "" })}</p>;
  };
  const text = (name: TextName, rows: number) => (
    <div key={name} className="field">
      <label htmlFor={name}>{t(`fields.${name}`)}</label>
      {rows === 1 ? <input id={name} name={name} defaultValue={values[name]} {...invalid(name)} /> : <textarea id={name} name={name} rows={rows} defaultValue={values[name]} {...invalid(name)} />}
      {error(name)}
    </div>
  );
  return (
    <form action={formAction} className="stack">
      {refused && <p role="alert" className="error-summary">{t("errors.refused")}</p>}
      {Object.keys(errors).length > 0 && <p role="alert" className="error-summary">{errors.form ? t(`errors.${errors.form}` as "errors.notFound") : t("errors.summary")}</p>}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="campaignId" value={campaignId} />
      <fieldset className="field">
        <legend>{t("kind")}</legend>
        {(["representatives", "data_access"] as const).map((kind) => (
          <label key={kind} className="choice">
            <input type="radio" name="kind" value={kind} defaultChecked={(values.kind || "representatives") === kind} /> {t(`kinds.${kind}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="field">
        <legend>{t("targets")}</legend>
        <label className="choice">
          <input type="checkbox" name="toMp" defaultChecked={checked("toMp")} {...invalid("toMp")} /> {t("toMp")}
        </label>
        <label className="choice">
          <input type="checkbox" name="toProvincialMember" defaultChecked={checked("toProvincialMember")} {...invalid("toMp")} /> {t("toProvincialMember")}
        </label>
        {targets.map((target) => (
          <label key={target.id} className="choice">
            <input type="checkbox" name="fixedTargetIds" value={target.id} defaultChecked={ticked.has(target.id)} />
            <span>
              {target.name} <span className="muted">({target.email})</span>
            </span>
          </label>
        ))}
        {error("toMp")}
      </fieldset>
      <div className="bilingual">
        {text("subjectsEn", 3)}
        {text("subjectsFr", 3)}
      </div>
      <p className="hint">{t("mergeFields")}</p>
      <p className="hint">{t("salutationHint")}</p>
      {KINDS.map(({ kind, fields }) => (
        <fieldset key={kind} className="field">
          <legend>{t(`${kind}Heading`)}</legend>
          <p className="hint">{t(`${kind}Hint`)}</p>
          <div className="bilingual">{fields.map((name) => text(name, name.includes("alutation") ? 1 : 12))}</div>
        </fieldset>
      ))}
      <label className="choice">
        <input type="checkbox" name="editable" defaultChecked={checked("editable")} /> {t("editable")}
      </label>
      <fieldset className="field">
        <legend>{t("delivery")}</legend>
        {(["each", "digest"] as const).map((delivery) => (
          <label key={delivery} className="choice">
            <input type="radio" name="delivery" value={delivery} defaultChecked={(values.delivery || "each") === delivery} /> {t(delivery === "each" ? "deliveryEach" : "deliveryDigest")}
          </label>
        ))}
        <div className="grid-3">
          {(["digestEvery", "digestHours"] as const).map((name) => (
            <div key={name} className="field">
              <label htmlFor={name}>{t(name)}</label>
              <input id={name} name={name} type="number" min={1} defaultValue={values[name]} {...invalid(name)} />
              {error(name)}
            </div>
          ))}
        </div>
      </fieldset>
      <label className="choice">
        <input type="checkbox" name="officeHoursOnly" defaultChecked={checked("officeHoursOnly")} /> {t("officeHoursOnly")}
      </label>
      <div className="field narrow">
        <label htmlFor="maxPerHourPerTarget">{t("maxPerHour")}</label>
        <input id="maxPerHourPerTarget" name="maxPerHourPerTarget" type="number" min={1} defaultValue={values.maxPerHourPerTarget} {...invalid("maxPerHourPerTarget")} />
        {error("maxPerHourPerTarget")}
      </div>
      <button type="submit" disabled={pending}>{t("save")}</button>
    </form>
  );
}
