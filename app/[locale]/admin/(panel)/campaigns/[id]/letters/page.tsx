import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Choice, ChoiceGroup, FieldError, Input, TextArea } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { Forbidden } from "@/components/forbidden";
import { toFormValues } from "@/lib/forms/form-state";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { actionPolicy } from "@/server/auth/policy";
import { staffPage } from "@/server/auth/staff-page";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { getLetterActionForEditing } from "@/server/letters/get-letter-action-for-editing";
import { letterStats } from "@/server/letters/letter-stats";
import { saveLetterActionAction } from "./actions";
import { LetterStatsTable } from "./letter-stats-table";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Letters", "title", { private: true });

export default async function LettersPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/letters");
  if (!actor) return <Forbidden />;
  const campaign = await getCampaignForEditing(id);
  if (!campaign) notFound();
  const [t, r, query, { action, targets }, stats] = await Promise.all([
    getTranslations({ locale, namespace: "Admin.Letters" }),
    getTranslations({ locale, namespace: "Admin.LetterRetry" }),
    searchParams,
    getLetterActionForEditing(id),
    letterStats(id),
  ]);
  const texts = ["subjectsEn", "subjectsFr", "templateEn", "templateFr"] as const;
  // The saved action, or a new one's defaults; after a refused save the form shows what was posted instead.
  const initial = toFormValues({
    kind: action?.kind ?? "representatives",
    toMp: action?.toMp ?? true,
    toProvincialMember: action?.toProvincialMember ?? false,
    fixedTargetIds: action?.fixedTargetIds ?? [],
    ...Object.fromEntries(texts.map((name) => [name, action?.[name] ?? t(`defaults.${name}`)])),
    editable: action?.editable ?? true,
    delivery: action?.delivery ?? "each",
    digestEvery: action?.digestEvery ?? 25,
    digestHours: action?.digestHours ?? 24,
    officeHoursOnly: action?.officeHoursOnly ?? false,
    maxPerHourPerTarget: action?.maxPerHourPerTarget ?? 30,
  });
  const labels = { ...Object.fromEntries(texts.map((name) => [name, t(`fields.${name}`)])), toMp: t("targets"), digestEvery: t("digestEvery"), digestHours: t("digestHours"), maxPerHourPerTarget: t("maxPerHour") };
  const text = (name: (typeof texts)[number], rows: number) => (
    <div className="field">
      <label htmlFor={name}>{t(`fields.${name}`)}</label>
      <TextArea name={name} rows={rows} />
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
      {query.retried && <p role="status" className="notice">{r("done", { retried: Number(query.retried) || 0, skipped: Number(query.skipped) || 0 })}</p>}
      {query.retryError && <p role="alert" className="error-summary">{r("failed")}</p>}
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
              <Choice type="checkbox" name="fixedTargetIds" value={target.id} /> {locale === "fr" ? target.nameFr : target.nameEn}{" "}
              <span className="muted">({target.email})</span>
            </label>
          ))}
          <FieldError name="toMp" />
        </ChoiceGroup>
        <div className="bilingual">
          {text("subjectsEn", 3)}
          {text("subjectsFr", 3)}
        </div>
        <p className="hint">{t("mergeFields")}</p>
        <div className="bilingual">
          {text("templateEn", 12)}
          {text("templateFr", 12)}
        </div>
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
        <LetterStatsTable locale={locale} campaignId={id} stats={stats} canRetry={(actionPolicy.retryFailedLettersAction as readonly string[]).includes(actor.role)} />
      </section>
    </>
  );
}
