import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { FindingEditor } from "@/components/admin/finding-editor";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { recordToForm } from "@/server/findings/admin/finding-form";
import { getFindingForEditing } from "@/server/findings/admin/get-finding-for-editing";
import { saveFindingAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export const generateMetadata = translatedTitle("Admin.Findings", "editTitle", { private: true });

export default async function EditFindingPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/findings/[id]");
  if (!actor) return <Forbidden />;
  const record = await getFindingForEditing(staffContext(actor), decodeURIComponent(id));
  if (!record) notFound();
  const [t, { created }] = await Promise.all([getTranslations({ locale, namespace: "Admin.Findings" }), searchParams]);
  return (
    <>
      <h1>{locale === "fr" ? record.title.fr : record.title.en}</h1>
      <p>
        <Link href="/admin/findings">{t("title")}</Link>
      </p>
      {created && (
        <p role="status" className="notice">
          {t("created")}
        </p>
      )}
      {record.incomplete && <p className="notice">{t("incompleteNotice")}</p>}
      <FindingEditor action={saveFindingAction} initial={recordToForm(record)} existingId={record.id} locale={locale} />
    </>
  );
}
