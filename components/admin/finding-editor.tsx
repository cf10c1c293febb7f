"use client";

import { useTranslations } from "next-intl";
import type { FormValues } from "@/lib/forms/form-state";
import { SOURCE_ROWS, type FindingEditorState } from "@/server/findings/admin/finding-form";
import { FindingSourceRows } from "./finding-source-rows";
import { Choice, FieldError, Input, Select, TextArea } from "./form/fields";
import { PanelForm } from "./form/panel-form";

type Props = {
  action: (state: never, form: FormData) => Promise<FindingEditorState>;
  initial: FormValues;
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
  const hint = (name: string) => (t.has(`hints.${name}`) ? `${name}-hint` : undefined);
  const labels = {
    ...Object.fromEntries(["id", "date", "importance", ...TEXTS.map((text) => text.name), "sources"].map((name) => [name, t(`fields.${name}` as "fields.id")])),
    ...Object.fromEntries(Array.from({ length: SOURCE_ROWS }, (_, index) => [`source_${index}`, t("sourceNumber", { number: index + 1 })])),
  };
  return (
    <PanelForm action={action} initial={initial} namespace="Admin.Findings" labels={labels}>
      {({ state, pending }) => (
        <>
          {state.saved && (
            <p role="status" className="notice">
              {t(state.incomplete ? "savedIncomplete" : "saved")}
            </p>
          )}
          <input type="hidden" name="locale" value={locale} />
          {existingId && <input type="hidden" name="existingId" value={existingId} />}
          <div className="field narrow">
            <label htmlFor="id">{t("fields.id")}</label>
            <p id="id-hint" className="hint">
              {t(existingId ? "hints.idFixed" : "hints.id")}
            </p>
            <Input name="id" describedBy="id-hint" readOnly={Boolean(existingId)} />
            <FieldError name="id" />
          </div>
          <div className="field narrow">
            <label htmlFor="date">{t("fields.date")}</label>
            <p id="date-hint" className="hint">
              {t("hints.date")}
            </p>
            <Input name="date" describedBy="date-hint" />
            <FieldError name="date" />
          </div>
          <div className="field narrow">
            <label htmlFor="kind">{t("fields.kind")}</label>
            <Select name="kind">
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </Select>
          </div>
          <label className="choice">
            <Choice type="checkbox" name="binding" /> {t("fields.binding")}
          </label>
          <label className="choice">
            <Choice type="checkbox" name="incomplete" /> {t("fields.incomplete")}
          </label>
          <div className="field narrow">
            <label htmlFor="importance">{t("fields.importance")}</label>
            <p id="importance-hint" className="hint">
              {t("hints.importance")}
            </p>
            <Input name="importance" describedBy="importance-hint" inputMode="numeric" />
            <FieldError name="importance" />
          </div>
          {TEXTS.map(({ name, multiline }) => (
            <div key={name} className="field">
              <label htmlFor={name}>{t(`fields.${name}`)}</label>
              {hint(name) && (
                <p id={hint(name)} className="hint">
                  {t(`hints.${name}` as "hints.id")}
                </p>
              )}
              {multiline ? <TextArea name={name} describedBy={hint(name)} rows={name.startsWith("summary") ? 6 : 3} /> : <Input name={name} describedBy={hint(name)} />}
              <FieldError name={name} />
            </div>
          ))}
          <FindingSourceRows />
          <button type="submit" disabled={pending}>
            {t("save")}
          </button>
        </>
      )}
    </PanelForm>
  );
}
