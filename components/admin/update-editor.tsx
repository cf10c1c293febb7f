"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { SourceFinding } from "@/components/updates/update-sources";
import { textValue, type FormState } from "@/lib/forms/form-state";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";
import type { UpdateErrors } from "@/server/updates/update-input";
import { CiteHelper } from "./cite-helper";
import { FieldError, Input, TextArea } from "./form/fields";
import { PanelForm, useFormContext } from "./form/panel-form";
import { UpdatePreview } from "./update-preview";

export type UpdateEditorState = FormState & { errors?: UpdateErrors; saved?: "draft" | "scheduled" | "published" };
type Values = { titleEn: string; titleFr: string; bodyEn: string; bodyFr: string; publishAt: string };

type Props = {
  action: (state: never, form: FormData) => Promise<UpdateEditorState>;
  values: Values;
  status: "draft" | "scheduled" | "published";
  campaignId: string;
  updateId?: string;
  locale: string;
  findings: FindingChoice[];
  /** The organisation's time zone as people say it: the schedule is typed in it. */
  zone: string;
};

const LANGUAGES = ["En", "Fr"] as const;

/**
 * The update editor: English and French side by side, each body with a live preview that numbers
 * its citations as the public page will, and the findings to cite. One form, three buttons: save
 * as a draft, schedule (at the time given, in the organisation's zone), publish now. A refused save keeps what was typed.
 */
export function UpdateEditor({ action, values, status, campaignId, updateId, locale, findings, zone }: Props) {
  const t = useTranslations("Admin.Updates");
  const time = useTranslations("Admin.Time");
  const known = useMemo(() => new Map<string, SourceFinding>(findings.map((finding) => [finding.id, { ...finding, sources: [] }])), [findings]);
  const labels: Record<string, string> = {
    ...Object.fromEntries((["title", "body"] as const).flatMap((field) => LANGUAGES.map((lang) => [`${field}${lang}`, `${t(`fields.${field}`)} (${t(`language.${lang}`)})`]))),
    publishAt: t("publishAt"),
  };
  return (
    <PanelForm action={action} initial={values} namespace="Admin.Updates" labels={labels}>
      {({ state, pending }) => {
        const current = state.saved ?? status;
        return (
          <>
            {state.saved && (
              <p role="status" className="notice">
                {t(`saved.${state.saved}`)}
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
                {LANGUAGES.map((lang) => {
                  const name = `${field}${lang}`;
                  return (
                    <div key={name} className="field" lang={lang.toLowerCase()}>
                      <label htmlFor={name}>{t(`language.${lang}`)}</label>
                      {field === "title" ? (
                        <>
                          <Input name={name} />
                          <FieldError name={name} />
                        </>
                      ) : (
                        <BodyField name={name} lang={lang === "En" ? "en" : "fr"} findings={known} label={t("preview", { language: t(`language.${lang}`) })} />
                      )}
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
              <Input name="publishAt" type="datetime-local" describedBy="publishAt-hint" />
              <FieldError name="publishAt" />
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
          </>
        );
      }}
    </PanelForm>
  );
}

/** A body and its live preview, which starts from the body as posted (or saved) and follows the typing. */
function BodyField({ name, lang, findings, label }: { name: string; lang: "en" | "fr"; findings: Map<string, SourceFinding>; label: string }) {
  const { values } = useFormContext();
  const [body, setBody] = useState(textValue(values, name));
  return (
    <>
      <TextArea name={name} rows={14} onChange={(event) => setBody(event.target.value)} />
      <FieldError name={name} />
      <UpdatePreview body={body} lang={lang} findings={findings} label={label} />
    </>
  );
}
