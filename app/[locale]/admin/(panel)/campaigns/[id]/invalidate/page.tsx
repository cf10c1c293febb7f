import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ErrorSummary } from "@/components/admin/form/error-summary";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/admin-action";
import { staffPage } from "@/server/auth/staff-page";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { previewInvalidation } from "@/server/signatures/admin/invalidate-matching";
import { invalidateMatchingAction } from "./actions";

type Query = { ipHash?: string; emailDomain?: string; from?: string; to?: string; mark?: string; preview?: string; done?: string; error?: string };
type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Query> };

export const generateMetadata = translatedTitle("Admin.Invalidate", "title", { private: true });

const FIELDS = [
  { name: "ipHash", type: "text" },
  { name: "emailDomain", type: "text" },
  { name: "from", type: "datetime-local" },
  { name: "to", type: "datetime-local" },
] as const;

/**
 * Bulk invalidation in two steps: describe the signatures (an IP hash or an email domain, within a
 * time window), see how many match and the newest of them, then confirm that number.
 */
export default async function InvalidatePage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  if (!(await staffPage(locale, "/admin/campaigns/[id]/invalidate"))) return <Forbidden />;
  const campaign = await getCampaignForEditing(id);
  if (!campaign) notFound();
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "Admin.Invalidate" }), searchParams]);
  const preview = query.preview ? await previewInvalidation(id, query) : null;
  const errors = preview && !preview.ok ? preview.errors : {};
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/signatures", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link>
      </p>
      {query.done && <p role="status" className="notice">{t("done", { count: Number(query.done) || 0 })}</p>}
      {query.error && <p role="alert" className="error-summary">{t(query.error === "changed" ? "errors.changed" : "errors.invalid")}</p>}
      <p>{t("intro")}</p>
      <form method="get" className="stack narrow">
        <ErrorSummary errors={errors} namespace="Admin.Invalidate" labels={Object.fromEntries(FIELDS.map((field) => [field.name, t(`fields.${field.name}`)]))} />
        <input type="hidden" name="preview" value="1" />
        {FIELDS.map((field) => (
          <div key={field.name} className="field">
            <label htmlFor={field.name}>{t(`fields.${field.name}`)}</label>
            <input
              id={field.name}
              name={field.name}
              type={field.type}
              defaultValue={query[field.name]}
              {...(errors[field.name] ? { "aria-invalid": true, "aria-describedby": `${field.name}-error` } : {})}
            />
            {errors[field.name] && <p id={`${field.name}-error`} className="field-error">{t(`errors.${errors[field.name]}` as "errors.invalid")}</p>}
          </div>
        ))}
        <div className="field">
          <label htmlFor="mark">{t("fields.mark")}</label>
          <select id="mark" name="mark" defaultValue={query.mark || "invalidated"}>
            <option value="invalidated">{t("marks.invalidated")}</option>
            <option value="fraudulent">{t("marks.fraudulent")}</option>
          </select>
        </div>
        <button type="submit" className="secondary">{t("preview")}</button>
      </form>
      {preview?.ok && (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading">{t("matching", { count: preview.count })}</h2>
          <ul>
            {preview.sample.map((row) => (
              <li key={row.id}>
                {row.email} · {row.state} · {row.createdAt.toISOString().slice(0, 16).replace("T", " ")}
              </li>
            ))}
          </ul>
          {preview.count > 0 && (
            <form action={asFormAction(invalidateMatchingAction)}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="campaignId" value={id} />
              <input type="hidden" name="expected" value={preview.count} />
              {(["ipHash", "emailDomain", "from", "to", "mark"] as const).map((name) => (
                <input key={name} type="hidden" name={name} value={query[name] ?? ""} />
              ))}
              <button type="submit" className="danger">{t("confirm", { count: preview.count })}</button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
