"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { FindingEditorState } from "@/app/[locale]/admin/(panel)/findings/actions";
import { FindingSourceRows } from "./finding-source-rows";

type Props = {
  action: (state: FindingEditorState, form: FormData) => Promise<FindingEditorState | { refused: string }>;
  initial: Record<string, string>;
  existingId: string | null;
  locale: string;
};

const KINDS = ["statement", "finding", "order", "court-decision", "other"] as const;
const TEXTS = [
  { name: "jurisdiction", multiline: false },
  { name: "issuers", multiline: true },
  { name: "file_numbers", multiline: true },
  { name: "title_en", multiline: false },
  { name: "title_fr", multiline: false },
  { name: "summary_en", multiline: true },
  { name: "summary_fr", multiline: true },
  { name: "tags", multiline: false },
  { name: "actors", multiline: true },
  { name: "related", multiline: true },
] as const;

/**
 * The finding editor, with the rules of the import format: a binding record names its issuer, a
 * source needs an address, and so on; each problem shows beside its field. What was typed comes
 * back with the errors (a plain form post works the same).
 */
export function FindingEditor({ action, initial, existingId, locale }: Props) {
  const t = useTranslations("Admin.Findings");
  const [state, formAction, pending] = useActionState(async (previous: FindingEditorState, form: FormData) => {
    const result = await action(previous, form);
    return "refused" in result ? { errors: { form: "refused" }, values: previous.values } : result;
  }, {});
  const values = state.values ?? initial;
  const errors = state.errors ?? {};
  const described = (field: string, hint = false) => [errors[field] && `${field}-error`, hint && `${field}-hint`].filter(Boolean).join(" ") || undefined;
  const field = (name: string) => ({ id: name, name, defaultValue: values[name] ?? "", "aria-invalid": errors[name] ? true : undefined, "aria-describedby": described(name, t.has(`hints.${name}`)) });
  const error = (name: string) => errors[name] && <p id={`${name}-error`} className="field-error">{t(`errors.${errors[name]}` as "errors.id")}</p>;

  // Keyed on the answer, so each answer's values become the fields' defaults.
  return (
    <form key={JSON.stringify(state)} action={formAction} className="stack" noValidate>
      {state.saved && <p role="status" className="notice">{t(state.incomplete ? "savedIncomplete" : "saved")}</p>}
      {Object.keys(errors).length > 0 && <p role="alert" className="error-summary">{errors.form ? t(`errors.${errors.form}` as "errors.refused") : t("errors.summary")}</p>}
      <input type="hidden" name="locale" value={locale} />
      {existingId && <input type="hidden" name="existingId" value={existingId} />}
      <div className="field narrow">
        <label htmlFor="id">{t("fields.id")}</label>
        <p id="id-hint" className="hint">{t(existingId ? "hints.idFixed" : "hints.id")}</p>
        <input {...field("id")} readOnly={Boolean(existingId)} />
        {error("id")}
      </div>
      <div className="field narrow">
        <label htmlFor="date">{t("fields.date")}</label>
        <p id="date-hint" className="hint">{t("hints.date")}</p>
        <input {...field("date")} />
        {error("date")}
      </div>
      <div className="field narrow">
        <label htmlFor="kind">{t("fields.kind")}</label>
        <select {...field("kind")}>
          {KINDS.map((kind) => <option key={kind} value={kind}>{t(`kinds.${kind}`)}</option>)}
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" name="binding" defaultChecked={values.binding === "on"} /> {t("fields.binding")}
      </label>
      <label className="choice">
        <input type="checkbox" name="incomplete" defaultChecked={values.incomplete === "on"} /> {t("fields.incomplete")}
      </label>
      <div className="field narrow">
        <label htmlFor="importance">{t("fields.importance")}</label>
        <p id="importance-hint" className="hint">{t("hints.importance")}</p>
        <input {...field("importance")} inputMode="numeric" />
        {error("importance")}
      </div>
      {TEXTS.map(({ name, multiline }) => (
        <div key={name} className="field">
          <label htmlFor={name}>{t(`fields.${name}`)}</label>
          {t.has(`hints.${name}`) && <p id={`${name}-hint`} className="hint">{t(`hints.${name}`)}</p>}
          {multiline ? <textarea {...field(name)} rows={name.startsWith("summary") ? 6 : 3} /> : <input {...field(name)} />}
          {error(name)}
        </div>
      ))}
      <FindingSourceRows values={values} errors={errors} />
      <button type="submit" disabled={pending}>{t("save")}</button>
    </form>
  );
}
