"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import ReactMarkdown from "react-markdown";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";
import { FindingChecklist } from "./finding-checklist";

export type CampaignFormValues = Record<string, string | boolean>;
export type EditorState = { errors?: Record<string, string>; saved?: boolean };
type Refused = { refused: string };

type Props = {
  action: (state: EditorState, form: FormData) => Promise<EditorState | Refused>;
  values: CampaignFormValues;
  slugLocked: boolean;
  locale: string;
  campaignId?: string;
  findingChoices: FindingChoice[];
  /** The organisation's time zone as people say it, named beside the date fields they are typed in. */
  zone: string;
};

const PAIRS = [
  { name: "title", multiline: false },
  { name: "summary", multiline: true },
  { name: "demand", multiline: true },
  { name: "target", multiline: false },
  { name: "body", multiline: true, markdown: true },
  { name: "consent", multiline: true },
] as const;

/**
 * The campaign editor: each text in English and French side by side, the body with a live
 * Markdown preview (rendered as it will be on the page: no raw HTML). Without JavaScript it is a
 * plain form; with it, errors show beside their fields.
 */
export function CampaignEditor({ action, values, slugLocked, locale, campaignId, findingChoices, zone }: Props) {
  const t = useTranslations("Admin.Campaigns");
  const time = useTranslations("Admin.Time");
  const [state, formAction, pending] = useActionState(async (previous: EditorState, form: FormData) => {
    const result = await action(previous, form);
    return "refused" in result ? { errors: { form: "refused" } } : result;
  }, {});
  const [bodies, setBodies] = useState({ en: String(values.bodyEn ?? ""), fr: String(values.bodyFr ?? "") });
  const errors = state.errors ?? {};
  const error = (field: string) =>
    errors[field] ? (
      <p id={`${field}-error`} className="field-error">
        {t(`errors.${errors[field]}` as "errors.required")}
      </p>
    ) : null;
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});

  return (
    <form action={formAction} className="stack" noValidate>
      {state.saved && <p role="status" className="notice">{t("saved")}</p>}
      {Object.keys(errors).length > 0 && (
        <p role="alert" className="error-summary">
          {errors.form ? t(`errors.${errors.form}` as "errors.refused") : t("errors.summary")}
        </p>
      )}
      <input type="hidden" name="locale" value={locale} />
      {campaignId && <input type="hidden" name="campaignId" value={campaignId} />}
      <div className="field narrow">
        <label htmlFor="slug">{t("slug")}</label>
        <input id="slug" name="slug" defaultValue={String(values.slug ?? "")} readOnly={slugLocked} aria-describedby="slug-hint" {...invalid("slug")} />
        <p id="slug-hint" className="hint">
          {slugLocked ? t("slugLocked") : t("slugHint")}
        </p>
        {error("slug")}
      </div>
      {PAIRS.map((pair) => (
        <fieldset key={pair.name} className="bilingual">
          <legend>{t(`fields.${pair.name}`)}</legend>
          {(["En", "Fr"] as const).map((lang) => {
            const name = `${pair.name}${lang}`;
            const Tag = pair.multiline ? "textarea" : "input";
            return (
              <div key={name} className="field" lang={lang.toLowerCase()}>
                <label htmlFor={name}>{t(`language.${lang}`)}</label>
                <Tag
                  id={name}
                  name={name}
                  defaultValue={String(values[name] ?? "")}
                  rows={pair.name === "body" ? 14 : 3}
                  onChange={pair.name === "body" ? (event) => setBodies((current) => ({ ...current, [lang.toLowerCase()]: event.target.value })) : undefined}
                  {...invalid(name)}
                />
                {error(name)}
                {"markdown" in pair && (
                  <section className="markdown-preview" tabIndex={0} aria-label={t("preview", { language: t(`language.${lang}`) })}>
                    <ReactMarkdown skipHtml>{lang === "En" ? bodies.en : bodies.fr}</ReactMarkdown>
                  </section>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
      <div className="grid-3">
        <div className="field">
          <label htmlFor="goal">{t("goal")}</label>
          <input id="goal" name="goal" type="number" min={1} defaultValue={String(values.goal ?? "1000")} {...invalid("goal")} />
          {error("goal")}
        </div>
        <div className="field">
          <label htmlFor="milestones">{t("milestones")}</label>
          <p id="milestones-hint" className="hint">{t("milestonesHint")}</p>
          <input id="milestones" name="milestones" defaultValue={String(values.milestones ?? "25, 50, 75, 100")} {...invalid("milestones")} aria-describedby={["milestones-hint", errors.milestones && "milestones-error"].filter(Boolean).join(" ")} />
          {error("milestones")}
        </div>
        <div className="field">
          <label htmlFor="opensAt">{t("opensAt")}</label>
          <p id="opensAt-hint" className="hint">{time("zone", { zone })}</p>
          <input id="opensAt" name="opensAt" type="datetime-local" defaultValue={String(values.opensAt ?? "")} {...invalid("opensAt")} aria-describedby={["opensAt-hint", errors.opensAt && "opensAt-error"].filter(Boolean).join(" ")} />
          {error("opensAt")}
        </div>
        <div className="field">
          <label htmlFor="closesAt">{t("closesAt")}</label>
          <p id="closesAt-hint" className="hint">{time("zone", { zone })}</p>
          <input id="closesAt" name="closesAt" type="datetime-local" defaultValue={String(values.closesAt ?? "")} {...invalid("closesAt")} aria-describedby={["closesAt-hint", errors.closesAt && "closesAt-error"].filter(Boolean).join(" ")} />
          {error("closesAt")}
        </div>
      </div>
      <fieldset className="field">
        <legend>{t("actions")}</legend>
        <label className="choice">
          <input type="checkbox" name="petitionEnabled" defaultChecked={values.petitionEnabled !== false} /> {t("petitionEnabled")}
        </label>
        <label className="choice">
          <input type="checkbox" name="lettersEnabled" defaultChecked={values.lettersEnabled === true} /> {t("lettersEnabled")}
        </label>
      </fieldset>
      <FindingChecklist choices={findingChoices} error={errors.findings} />
      <p className="hint">{t("consentVersioning")}</p>
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
