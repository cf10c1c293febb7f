"use client";

import { useTranslations } from "next-intl";
import { useActionState, useMemo, useState } from "react";
import type { SourceFinding } from "@/components/updates/update-sources";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";
import type { UpdateErrors } from "@/server/updates/update-input";
import { CiteHelper } from "./cite-helper";
import { UpdatePreview } from "./update-preview";

export type UpdateEditorState = { errors?: UpdateErrors; saved?: "draft" | "scheduled" | "published" };
type Refused = { refused: string };
type Values = { titleEn: string; titleFr: string; bodyEn: string; bodyFr: string; publishAt: string };

type Props = {
  action: (state: UpdateEditorState, form: FormData) => Promise<UpdateEditorState | Refused>;
  values: Values;
  status: "draft" | "scheduled" | "published";
  campaignId: string;
  updateId?: string;
  locale: string;
  findings: FindingChoice[];
  /** The organisation's time zone as people say it: the schedule is typed in it. */
  zone: string;
};

/**
 * The update editor: English and French side by side, each body with a live preview that numbers
 * its citations as the public page will, and the findings to cite. One form, three buttons: save
 * as a draft, schedule (at the time given, in the organisation's zone), publish now.
 */
export function UpdateEditor({ action, values, status, campaignId, updateId, locale, findings, zone }: Props) {
  const t = useTranslations("Admin.Updates");
  const time = useTranslations("Admin.Time");
  const [state, formAction, pending] = useActionState(async (previous: UpdateEditorState, form: FormData) => {
    const result = await action(previous, form);
    return "refused" in result ? { errors: { form: { key: "refused" } } } : result;
  }, {});
  const [bodies, setBodies] = useState({ En: values.bodyEn, Fr: values.bodyFr });
  const known = useMemo(() => new Map<string, SourceFinding>(findings.map((finding) => [finding.id, { ...finding, sources: [] }])), [findings]);
  const errors = state.errors ?? {};
  const error = (field: string) =>
    errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {t(`errors.${errors[field].key}` as "errors.required", { id: errors[field].id ?? "" })}
      </p>
    ) : null;
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  const current = state.saved ?? status;

  return (
    <form action={formAction} className="stack" noValidate>
      {state.saved && <p role="status" className="notice">{t(`saved.${state.saved}`)}</p>}
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="error-summary">
          {errors.form ? t(`errors.${errors.form.key}` as "errors.refused") : t("errors.summary")}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="campaignId" value={campaignId} />
      {updateId && <input type="hidden" name="updateId" value={updateId} />}
      <p className="hint">{t("citeHelp")}</p>
      <CiteHelper findings={findings} />
      {(["title", "body"] as const).map((field) => (
        <fieldset key={field} className="bilingual">
          <legend>{t(`fields.${field}`)}</legend>
          {(["En", "Fr"] as const).map((lang) => {
            const name = `${field}${lang}`;
            return (
              <div key={name} className="field" lang={lang.toLowerCase()}>
                <label htmlFor={name}>{t(`language.${lang}`)}</label>
                {field === "title" ? (
                  <input id={name} name={name} defaultValue={values[name as keyof Values]} {...invalid(name)} />
                ) : (
                  <textarea id={name} name={name} rows={14} defaultValue={values[name as keyof Values]} onChange={(event) => setBodies((all) => ({ ...all, [lang]: event.target.value }))} {...invalid(name)} />
                )}
                {error(name)}
                {field === "body" && <UpdatePreview body={bodies[lang]} lang={lang === "En" ? "en" : "fr"} findings={known} label={t("preview", { language: t(`language.${lang}`) })} />}
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="field narrow">
        <label htmlFor="publishAt">{t("publishAt")}</label>
        <p id="publishAt-hint" className="hint">
          {t("publishAtHint")} {time("zone", { zone })}
        </p>
        <input id="publishAt" name="publishAt" type="datetime-local" defaultValue={values.publishAt} {...invalid("publishAt")} aria-describedby={["publishAt-hint", errors.publishAt && "publishAt-error"].filter(Boolean).join(" ")} />
        {error("publishAt")}
      </div>
      <p className="actions">
        {current !== "published" && (
          <button type="submit" name="intent" value="draft" className="secondary" disabled={pending}>
            {t("saveDraft")}
          </button>
        )}
        {current !== "published" && (
          <button type="submit" name="intent" value="schedule" className="secondary" disabled={pending}>
            {t("schedule")}
          </button>
        )}
        <button type="submit" name="intent" value="publish" disabled={pending}>
          {current === "published" ? t("saveChanges") : t("publish")}
        </button>
      </p>
    </form>
  );
}
