import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Choice, FieldError, Input } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { formatWall } from "@/lib/time/panel-date";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getRepresentative } from "@/server/directory/admin/get-representative";
import { saveRepresentativeAction } from "../actions";

type Props = { params: Promise<{ locale: string; representativeId: string }> };

export const generateMetadata = translatedTitle("Admin.Directory", "editTitle", { private: true });

const FIELDS = ["name", "party", "email"] as const;

export default async function RepresentativePage({ params }: Props) {
  const { locale, representativeId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/directory/[representativeId]");
  if (!actor) return <Forbidden />;
  const row = await getRepresentative(staffContext(actor), representativeId);
  if (!row) notFound();
  const t = await getTranslations({ locale, namespace: "Admin.Directory" });
  const { rep, riding } = row;
  const initial = { name: rep.name, party: rep.party ?? "", email: rep.email ?? "", ...(rep.disabledAt ? {} : { enabled: "on" }) };
  return (
    <>
      <h1>{rep.name}</h1>
      <p>
        <Link href="/admin/directory">{t("title")}</Link> · {locale === "fr" ? riding.nameFr : riding.nameEn} ({riding.code}, {riding.province})
      </p>
      <p className="muted">{t("provenance", { source: rep.source, asOf: formatWall(rep.asOf, locale) })}</p>
      {rep.emailDisabledAt && <p className="notice">{t("bounced")}</p>}
      <PanelForm action={saveRepresentativeAction} initial={initial} namespace="Admin.Directory" labels={Object.fromEntries(FIELDS.map((field) => [field, t(`fields.${field}`)]))} notices={{ saved: t("saved") }} className="stack narrow">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="id" value={rep.id} />
        {FIELDS.map((field) => (
          <div key={field} className="field">
            <label htmlFor={field}>{t(`fields.${field}`)}</label>
            <Input name={field} type={field === "email" ? "email" : "text"} />
            <FieldError name={field} />
          </div>
        ))}
        <label className="choice">
          <Choice type="checkbox" name="enabled" /> {t("enabled")}
        </label>
        <button type="submit">{t("save")}</button>
      </PanelForm>
    </>
  );
}
