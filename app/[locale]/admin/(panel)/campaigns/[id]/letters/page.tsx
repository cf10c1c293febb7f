import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Choice, ChoiceGroup, FieldError, Input, TextArea } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { Forbidden } from "@/components/forbidden";
import { toFormValues } from "@/lib/forms/form-state";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/server/auth/permissions";
import { staffPage } from "@/server/auth/staff-page";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { staffContext } from "@/server/context";
import { getLetterActionForEditing } from "@/server/letters/get-letter-action-for-editing";
import { letterStats } from "@/server/letters/letter-stats";
import { saveLetterActionAction } from "./actions";
import { LetterStatsTable } from "./letter-stats-table";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Letters", "title", { private: true });

const TEXTS = ["subjectsEn", "subjectsFr", "salutationEn", "salutationFr", "templateEn", "templateFr", "orgSalutationEn", "orgSalutationFr", "orgTemplateEn", "orgTemplateFr"] as const;
type TextName = (typeof TEXTS)[number];

// Each kind of recipient's salutation and letter, English beside French.
const KINDS = [
  { kind: "elected", fields: ["salutationEn", "salutationFr", "templateEn", "templateFr"] },
  { kind: "organisation", fields: ["orgSalutationEn", "orgSalutationFr", "orgTemplateEn", "orgTemplateFr"] },
] as const;

/** An action saved before organisations had their own text sends them the elected members' one: the editor starts from it. */
function organisationStart(action: Record<TextName, string>) {
  if (action.orgTemplateEn.trim() || action.orgTemplateFr.trim()) return {};
  return { orgSalutationEn: action.salutationEn, orgSalutationFr: action.salutationFr, orgTemplateEn: action.templateEn, orgTemplateFr: action.templateFr };
}

export default async function LettersPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/letters");
  if (!actor) return <Forbidden />;
  const context = staffContext(actor);
  const campaign = await getCampaignForEditing(context, id);
  if (!campaign) notFound();
  const [t, r, query, { action, targets }, stats] = await Promise.all([getTranslations({ locale, namespace: "Admin.Letters" }), getTranslations({ locale, namespace: "Admin.LetterRetry" }), searchParams, getLetterActionForEditing(context, id), letterStats(context, id)]);
  const saved = action ? { ...action, ...organisationStart(action) } : null;
  // The saved action, or a new one's defaults; after a refused save the form shows what was posted instead.
  const initial = toFormValues({
    kind: saved?.kind ?? "representatives",
    toMp: saved?.toMp ?? true,
    toProvincialMember: saved?.toProvincialMember ?? false,
    fixedTargetIds: saved?.fixedTargetIds ?? [],
    ...Object.fromEntries(TEXTS.map((name) => [name, saved?.[name] ?? t(`defaults.${name}`)])),
    editable: saved?.editable ?? true,
    delivery: saved?.delivery ?? "each",
    digestEvery: saved?.digestEvery ?? 25,
    digestHours: saved?.digestHours ?? 24,
    officeHoursOnly: saved?.officeHoursOnly ?? false,
    maxPerHourPerTarget: saved?.maxPerHourPerTarget ?? 30,
  });
  const labels = { ...Object.fromEntries(TEXTS.map((name) => [name, t(`fields.${name}`)])), toMp: t("targets"), digestEvery: t("digestEvery"), digestHours: t("digestHours"), maxPerHourPerTarget: t("maxPerHour") };
  // A salutation is one line; subjects and letters are text areas.
  const text = (name: TextName, rows: number) => (
    <div key={name} className="field">
      <label htmlFor={name}>{t(`fields.${name}`)}</label>
      {rows === 1 ? <Input name={name} /> : <TextArea name={name} rows={rows} />}
      <FieldError name={name} />
    </div>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link>
        {!campaign.lettersEnabled && <span className="muted"> · {t("off")}</span>}
      </p>
      {query.retried && (
        <p role="status" className="notice">
          {r("done", { retried: Number(query.retried) || 0, skipped: Number(query.skipped) || 0 })}
        </p>
      )}
      {query.retryError && (
        <p role="alert" className="error-summary">
          {r("failed")}
        </p>
      )}
      <PanelForm action={saveLetterActionAction} initial={initial} namespace="Admin.Letters" labels={labels} notices={{ saved: t("saved") }}>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="campaignId" value={id} />
        <fieldset className="field">
          <legend>{t("kind")}</legend>
          {(["representatives", "data_access"] as const).map((kind) => (
            <label key={kind} className="choice">
              <Choice type="radio" name="kind" value={kind} /> {t(`kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <ChoiceGroup name="toMp">
          <legend>{t("targets")}</legend>
          <label className="choice">
            <Choice type="checkbox" name="toMp" /> {t("toMp")}
          </label>
          <label className="choice">
            <Choice type="checkbox" name="toProvincialMember" /> {t("toProvincialMember")}
          </label>
          {targets.map((target) => (
            <label key={target.id} className="choice">
              <Choice type="checkbox" name="fixedTargetIds" value={target.id} /> {locale === "fr" ? target.nameFr : target.nameEn} <span className="muted">({target.email})</span>
            </label>
          ))}
          <FieldError name="toMp" />
        </ChoiceGroup>
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
          <Choice type="checkbox" name="editable" /> {t("editable")}
        </label>
        <fieldset className="field">
          <legend>{t("delivery")}</legend>
          <label className="choice">
            <Choice type="radio" name="delivery" value="each" /> {t("deliveryEach")}
          </label>
          <label className="choice">
            <Choice type="radio" name="delivery" value="digest" /> {t("deliveryDigest")}
          </label>
          <div className="grid-3">
            {(["digestEvery", "digestHours"] as const).map((name) => (
              <div key={name} className="field">
                <label htmlFor={name}>{t(name)}</label>
                <Input name={name} type="number" min={1} />
                <FieldError name={name} />
              </div>
            ))}
          </div>
        </fieldset>
        <label className="choice">
          <Choice type="checkbox" name="officeHoursOnly" /> {t("officeHoursOnly")}
        </label>
        <div className="field narrow">
          <label htmlFor="maxPerHourPerTarget">{t("maxPerHour")}</label>
          <Input name="maxPerHourPerTarget" type="number" min={1} />
          <FieldError name="maxPerHourPerTarget" />
        </div>
        <button type="submit">{t("save")}</button>
      </PanelForm>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">{t("statsHeading")}</h2>
        <LetterStatsTable locale={locale} campaignId={id} stats={stats} canRetry={can(actor.role, "letters.retry")} />
      </section>
    </>
  );
}
