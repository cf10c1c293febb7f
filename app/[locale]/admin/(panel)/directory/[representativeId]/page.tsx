import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { formatWall } from "@/lib/time/panel-date";
import { asFormAction } from "@/server/auth/admin-action";
import { staffPage } from "@/server/auth/staff-page";
import { getRepresentative } from "@/server/directory/admin/get-representative";
import { saveRepresentativeAction } from "../actions";

type Props = { params: Promise<{ locale: string; representativeId: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Directory", "editTitle", { private: true });

export default async function RepresentativePage({ params, searchParams }: Props) {
  const { locale, representativeId } = await params;
  if (!isLocale(locale)) return null;
  if (!(await staffPage(locale, "/admin/directory/[representativeId]"))) return <Forbidden />;
  const row = await getRepresentative(representativeId);
  if (!row) notFound();
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "Admin.Directory" }), searchParams]);
  const { rep, riding } = row;
  const error = (field: string) => query[`error_${field}`] && <p id={`${field}-error`} className="field-error">{t(`errors.${query[`error_${field}`]}` as "errors.required")}</p>;
  return (
    <>
      <h1>{rep.name}</h1>
      <p>
        <Link href="/admin/directory">{t("title")}</Link> · {locale === "fr" ? riding.nameFr : riding.nameEn} ({riding.code}, {riding.province})
      </p>
      <p className="muted">{t("provenance", { source: rep.source, asOf: formatWall(rep.asOf, locale) })}</p>
      {query.saved && <p role="status" className="notice">{t("saved")}</p>}
      {rep.emailDisabledAt && <p className="notice">{t("bounced")}</p>}
      <form action={asFormAction(saveRepresentativeAction)} className="stack narrow">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={rep.id} />
        {(["name", "party", "email"] as const).map((field) => (
          <div key={field} className="field">
            <label htmlFor={field}>{t(`fields.${field}`)}</label>
            <input id={field} name={field} type={field === "email" ? "email" : "text"} defaultValue={rep[field] ?? ""} {...(query[`error_${field}`] ? { "aria-invalid": true, "aria-describedby": `${field}-error` } : {})} />
            {error(field)}
          </div>
        ))}
        <label className="choice">
          <input type="checkbox" name="enabled" defaultChecked={!rep.disabledAt} /> {t("enabled")}
        </label>
        <button type="submit">{t("save")}</button>
      </form>
    </>
  );
}
