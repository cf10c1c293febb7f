"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import ReactMarkdown from "react-markdown";
import { safeMarkdownOptions } from "@/lib/markdown/react-options";
import { textValue, type FormState, type FormValues } from "@/lib/forms/form-state";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";
import { FindingChecklist } from "./finding-checklist";
import { Choice, ChoiceGroup, FieldError, Input, TextArea } from "./form/fields";
import { PanelForm, useFormContext } from "./form/panel-form";

export type EditorState = FormState & { saved?: boolean };

type Props = {
  action: (state: never, form: FormData) => Promise<EditorState>;
  values: FormValues;
  slugLocked: boolean;
  locale: string;
  campaignId?: string;
  findingChoices: FindingChoice[];
  /** The organisation's time zone as people say it, named beside the date fields they are typed in. */
  zone: string;
  /** The installation's signer retention (RETENTION_SIGNERS_MONTHS), which a blank field keeps. */
  defaultSignerMonths: number;
};

const PAIRS = [
  { name: "title", multiline: false },
  { name: "summary", multiline: true },
  { name: "demand", multiline: true },
  { name: "target", multiline: false },
  { name: "body", multiline: true, markdown: true },
  { name: "consent", multiline: true },
] as const;

const LANGUAGES = ["En", "Fr"] as const;

/**
 * The campaign editor: each text in English and French side by side, the body with a live
 * Markdown preview (rendered as it will be on the page: no raw HTML). A refused save keeps
 * everything typed, with or without JavaScript (PanelForm).
 */
export function CampaignEditor({ action, values, slugLocked, locale, campaignId, findingChoices, zone, defaultSignerMonths }: Props) {
  const t = useTranslations("Admin.Campaigns");
  const time = useTranslations("Admin.Time");
  // In the order of the form: the summary lists problems in this order.
  const labels: Record<string, string> = {
    slug: t("slug"),
    ...Object.fromEntries(PAIRS.flatMap((pair) => LANGUAGES.map((lang) => [`${pair.name}${lang}`, `${t(`fields.${pair.name}`)} (${t(`language.${lang}`)})`]))),
    goal: t("goal"),
    milestones: t("milestones"),
    opensAt: t("opensAt"),
    closesAt: t("closesAt"),
    signerRetentionMonths: t("signerRetention"),
    findings: t("findingsLegend"),
  };
  return (
    <PanelForm action={action} initial={values} namespace="Admin.Campaigns" labels={labels}>
      {({ state, pending }) => (
        <>
          {state.saved && (
            <p role="status" className="notice">
              {t("saved")}
            </p>
          )}
          <input type="hidden" name="locale" value={locale} />
          {campaignId && <input type="hidden" name="campaignId" value={campaignId} />}
          <div className="field narrow">
            <label htmlFor="slug">{t("slug")}</label>
            <Input name="slug" readOnly={slugLocked} describedBy="slug-hint" />
            <p id="slug-hint" className="hint">
              {slugLocked ? t("slugLocked") : t("slugHint")}
            </p>
            <FieldError name="slug" />
          </div>
          {PAIRS.map((pair) => (
            <fieldset key={pair.name} className="bilingual">
              <legend>{t(`fields.${pair.name}`)}</legend>
              {LANGUAGES.map((lang) => {
                const name = `${pair.name}${lang}`;
                return (
                  <div key={name} className="field" lang={lang.toLowerCase()}>
                    <label htmlFor={name}>{t(`language.${lang}`)}</label>
                    {"markdown" in pair ? (
                      <MarkdownField name={name} label={t("preview", { language: t(`language.${lang}`) })} />
                    ) : (
                      <>
                        {pair.multiline ? <TextArea name={name} rows={3} /> : <Input name={name} />}
                        <FieldError name={name} />
                      </>
                    )}
                  </div>
                );
              })}
            </fieldset>
          ))}
          <div className="grid-3">
            <div className="field">
              <label htmlFor="goal">{t("goal")}</label>
              <Input name="goal" type="number" min={1} />
              <FieldError name="goal" />
            </div>
            <div className="field">
              <label htmlFor="milestones">{t("milestones")}</label>
              <p id="milestones-hint" className="hint">
                {t("milestonesHint")}
              </p>
              <Input name="milestones" describedBy="milestones-hint" />
              <FieldError name="milestones" />
            </div>
            {(["opensAt", "closesAt"] as const).map((name) => (
              <div key={name} className="field">
                <label htmlFor={name}>{t(name)}</label>
                <p id={`${name}-hint`} className="hint">
                  {time("zone", { zone })}
                </p>
                <Input name={name} type="datetime-local" describedBy={`${name}-hint`} />
                <FieldError name={name} />
              </div>
            ))}
          </div>
          <div className="field narrow">
            <label htmlFor="signerRetentionMonths">{t("signerRetention")}</label>
            <p id="signerRetentionMonths-hint" className="hint">
              {t("signerRetentionHint", { months: defaultSignerMonths })}
            </p>
            <Input name="signerRetentionMonths" type="number" min={1} max={120} inputMode="numeric" describedBy="signerRetentionMonths-hint" />
            <FieldError name="signerRetentionMonths" />
          </div>
          <ChoiceGroup name="actions">
            <legend>{t("actions")}</legend>
            <label className="choice">
              <Choice type="checkbox" name="petitionEnabled" /> {t("petitionEnabled")}
            </label>
            <label className="choice">
              <Choice type="checkbox" name="lettersEnabled" /> {t("lettersEnabled")}
            </label>
          </ChoiceGroup>
          <FindingChecklist choices={findingChoices} />
          <p className="hint">{t("consentVersioning")}</p>
          <button type="submit" disabled={pending}>
            {t("save")}
          </button>
        </>
      )}
    </PanelForm>
  );
}

/** The body and its live preview, which starts from the body as posted (or saved) and follows the typing. */
function MarkdownField({ name, label }: { name: string; label: string }) {
  const { values } = useFormContext();
  const [body, setBody] = useState(textValue(values, name));
  return (
    <>
      <TextArea name={name} rows={14} onChange={(event) => setBody(event.target.value)} />
      <FieldError name={name} />
      <section className="markdown-preview" tabIndex={0} aria-label={label}>
        <ReactMarkdown {...safeMarkdownOptions}>{body}</ReactMarkdown>
      </section>
    </>
  );
}
