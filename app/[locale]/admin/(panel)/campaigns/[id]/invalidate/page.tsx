import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/admin/form/error-summary";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { previewInvalidation } from "@/server/signatures/admin/invalidate-matching";
import { listInvalidations } from "@/server/signatures/admin/list-invalidations";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { invalidateMatchingAction } from "./actions";
import { RecentInvalidations } from "./recent-invalidations";

type Query = { ipHash?: string; emailDomain?: string; from?: string; to?: string; mark?: string; preview?: string; done?: string; undone?: string; error?: string; reason?: string };
type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Query> };

export const generateMetadata = translatedTitle("Admin.Invalidate", "title", { private: true });

// The summary above the form for each refusal of the confirmation.
const SUMMARY: Record<string, "changed" | "invalid" | "reasonRequired" | "tooLong"> = { changed: "changed", invalid: "invalid", reasonRequired: "reasonRequired", tooLong: "tooLong" };

const FIELDS = [
  { name: "ipHash", type: "text" },
  { name: "emailDomain", type: "text" },
  { name: "from", type: "datetime-local" },
  { name: "to", type: "datetime-local" },
] as const;

/**
 * Bulk invalidation in two steps: describe the signatures (an IP hash or an email domain, within a
 * time window), see how many match and the newest of them, then confirm that number. Below, the
 * campaign's recent bulk invalidations, each of which can be undone in one step.
 */
export default async function InvalidatePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/invalidate");
  if (!actor) return <Forbidden />;
  const context = staffContext(actor);
  const campaign = await getCampaignForEditing(context, id);
  if (!campaign) notFound();
  const [t, time, query, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Invalidate" }), getTranslations({ locale, namespace: "Admin.Time" }), searchParams, getTimeZone()]);
  const when = panelDates(locale, zone);
  const [preview, recent] = await Promise.all([query.preview ? previewInvalidation(context, id, query) : null, listInvalidations(context, id)]);
  const errors = preview && !preview.ok ? (preview.fields ?? {}) : {};
  const reasonError = query.error === "reasonRequired" || query.error === "tooLong" ? query.error : null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/signatures", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link>
      </p>
      {query.done && (
        <p role="status" className="notice">
          {t("done", { count: Number(query.done) || 0 })}
        </p>
      )}
      {query.undone && (
        <p role="status" className="notice">
          {query.undone === "again" ? t("undoneAgain") : t("undoneDone", { count: Number(query.undone) || 0 })}
        </p>
      )}
      {query.error && (
        <p role="alert" className="error-summary">
          {t(`errors.${SUMMARY[query.error] ?? "invalid"}`)}
        </p>
      )}
      <p>{t("intro")}</p>
      <form method="get" className="stack narrow">
        <ErrorSummary errors={errors} namespace="Admin.Invalidate" labels={Object.fromEntries(FIELDS.map((field) => [field.name, t(`fields.${field.name}`)]))} />
        <input type="hidden" name="preview" value="1" />
        {FIELDS.map((field) => (
          <div key={field.name} className="field">
            <label htmlFor={field.name}>{t(`fields.${field.name}`)}</label>
            {field.type === "datetime-local" && (
              <p id={`${field.name}-hint`} className="hint">
                {time("zone", { zone: when.zone })}
              </p>
            )}
            <input
              id={field.name}
              name={field.name}
              type={field.type}
              defaultValue={query[field.name]}
              {...(errors[field.name] ? { "aria-invalid": true, "aria-describedby": `${field.name}-error` } : field.type === "datetime-local" ? { "aria-describedby": `${field.name}-hint` } : {})}
            />
            {errors[field.name] && (
              <p id={`${field.name}-error`} className="field-error">
                {t(`errors.${errors[field.name]}` as "errors.invalid")}
              </p>
            )}
          </div>
        ))}
        <div className="field">
          <label htmlFor="mark">{t("fields.mark")}</label>
          <select id="mark" name="mark" defaultValue={query.mark || "invalidated"}>
            <option value="invalidated">{t("marks.invalidated")}</option>
            <option value="fraudulent">{t("marks.fraudulent")}</option>
          </select>
        </div>
        <button type="submit" className="secondary">
          {t("preview")}
        </button>
      </form>
      {preview?.ok && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("matching", { count: preview.count })}</h2>
          <ul>
            {preview.sample.map((row) => (
              <li key={row.id}>
                {row.email} · {row.state} · {when.time(row.createdAt)}
              </li>
            ))}
          </ul>
          {preview.count > 0 && (
            <form action={asFormAction(invalidateMatchingAction)} className="stack narrow">
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="campaignId" value={id} />
              <input type="hidden" name="expected" value={preview.count} />
              {(["ipHash", "emailDomain", "from", "to", "mark"] as const).map((name) => (
                <input key={name} type="hidden" name={name} value={query[name] ?? ""} />
              ))}
              <div className="field">
                <label htmlFor="reason">{t("fields.reason")}</label>
                <input id="reason" name="reason" maxLength={500} aria-required="true" defaultValue={query.reason} {...(reasonError ? { "aria-invalid": true, "aria-describedby": "reason-error" } : {})} />
                {reasonError && (
                  <p id="reason-error" className="field-error">
                    {t(`errors.${reasonError}`)}
                  </p>
                )}
              </div>
              <div>
                <button type="submit" className="danger">
                  {t("confirm", { count: preview.count })}
                </button>
              </div>
            </form>
          )}
        </section>
      )}
      <RecentInvalidations locale={locale} zone={zone} campaignId={id} rows={recent} />
    </>
  );
}
