import { getTranslations } from "next-intl/server";
import { FindingEditor } from "@/components/admin/finding-editor";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { saveFindingAction } from "../actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.Findings", "newTitle", { private: true });

export default async function NewFindingPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  if (!(await staffPage(locale, "/admin/findings/new"))) return <Forbidden />;
  const t = await getTranslations({ locale, namespace: "Admin.Findings" });
  return (
    <>
      <h1>{t("newTitle")}</h1>
      <p>
        <Link href="/admin/findings">{t("title")}</Link>
      </p>
      <FindingEditor action={saveFindingAction} initial={{ kind: "finding", importance: "5", source_0_tier: "1" }} existingId={null} locale={locale} />
    </>
  );
}
