import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/admin-action";
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
  const errors = Object.fromEntries(Object.entries(query).filter(([key]) => key.startsWith("error_")).map(([key, value]) => [key.slice(6), value ?? ""]));
  const error = (field: string) => errors[field] && <p id={`${field}-error`} className="field-error">{t(`errors.${errors[field]}` as "errors.required")}</p>;
  const invalid = (field: string) => (errors[field] ? { "aria-invalid": true as const, "aria-describedby": `${field}-error` } : {});
  const text = (name: "subjectsEn" | "subjectsFr" | "templateEn" | "templateFr", rows: number) => (
    <div className="field">
      <label htmlFor={name}>{t(`fields.${name}`)}</label>
      <textarea id={name} name={name} rows={rows} defaultValue={action?.[name] ?? t(`defaults.${name}`)} {...invalid(name)} />
      {error(name)}
    </div>
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link>
        {!campaign.lettersEnabled && <span className="muted"> · {t("off")}</span>}
      </p>
      {query.saved && <p role="status" className="notice">{t("saved")}</p>}
      {query.retried && <p role="status" className="notice">{r("done", { retried: Number(query.retried) || 0, skipped: Number(query.skipped) || 0 })}</p>}
      {query.retryError && <p role="alert" className="error-summary">{r("failed")}</p>}
      {Object.keys(errors).length > 0 && <p role="alert" className="error-summary">{t("errors.summary")}</p>}
      <form action={asFormAction(saveLetterActionAction)} className="stack">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="campaignId" value={id} />
        <fieldset className="field">
          <legend>{t("kind")}</legend>
          {(["representatives", "data_access"] as const).map((kind) => (
            <label key={kind} className="choice">
              <input type="radio" name="kind" value={kind} defaultChecked={(action?.kind ?? "representatives") === kind} /> {t(`kinds.${kind}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="field">
          <legend>{t("targets")}</legend>
          <label className="choice">
            <input type="checkbox" name="toMp" defaultChecked={action?.toMp ?? true} {...invalid("toMp")} /> {t("toMp")}
          </label>
          <label className="choice">
            <input type="checkbox" name="toProvincialMember" defaultChecked={action?.toProvincialMember ?? false} {...invalid("toMp")} /> {t("toProvincialMember")}
          </label>
          {targets.map((target) => (
            <label key={target.id} className="choice">
              <input type="checkbox" name="fixedTargetIds" value={target.id} defaultChecked={action?.fixedTargetIds.includes(target.id)} /> {locale === "fr" ? target.nameFr : target.nameEn}{" "}
              <span className="muted">({target.email})</span>
            </label>
          ))}
          {error("toMp")}
        </fieldset>
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
          <input type="checkbox" name="editable" defaultChecked={action?.editable ?? true} /> {t("editable")}
        </label>
        <fieldset className="field">
          <legend>{t("delivery")}</legend>
          <label className="choice">
            <input type="radio" name="delivery" value="each" defaultChecked={(action?.delivery ?? "each") === "each"} /> {t("deliveryEach")}
          </label>
          <label className="choice">
            <input type="radio" name="delivery" value="digest" defaultChecked={action?.delivery === "digest"} /> {t("deliveryDigest")}
          </label>
          <div className="grid-3">
            {(["digestEvery", "digestHours"] as const).map((name) => (
              <div key={name} className="field">
                <label htmlFor={name}>{t(name)}</label>
                <input id={name} name={name} type="number" min={1} defaultValue={action?.[name] ?? (name === "digestEvery" ? 25 : 24)} {...invalid(name)} />
                {error(name)}
              </div>
            ))}
          </div>
        </fieldset>
        <label className="choice">
          <input type="checkbox" name="officeHoursOnly" defaultChecked={action?.officeHoursOnly ?? false} /> {t("officeHoursOnly")}
        </label>
        <div className="field narrow">
          <label htmlFor="maxPerHourPerTarget">{t("maxPerHour")}</label>
          <input id="maxPerHourPerTarget" name="maxPerHourPerTarget" type="number" min={1} defaultValue={action?.maxPerHourPerTarget ?? 30} {...invalid("maxPerHourPerTarget")} />
          {error("maxPerHourPerTarget")}
        </div>
        <button type="submit">{t("save")}</button>
      </form>
      <section aria-labelledby="stats-heading">
        <h2 id="stats-heading">{t("statsHeading")}</h2>
        <LetterStatsTable locale={locale} campaignId={id} stats={stats} canRetry={(actionPolicy.retryFailedLettersAction as readonly string[]).includes(actor.role)} />
      </section>
    </>
  );
}
