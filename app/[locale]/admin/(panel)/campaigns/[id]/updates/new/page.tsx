import { getTranslations } from "next-intl/server";
import { UpdateEditor } from "@/components/admin/update-editor";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { listFindingChoices } from "@/server/campaigns/admin/list-finding-choices";
import { staffContext } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { zoneName } from "@/lib/time/panel-date";
import { saveUpdateAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = translatedTitle("Admin.Updates", "create", { private: true });

export default async function NewUpdatePage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/updates/new");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const [t, findings, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Updates" }), listFindingChoices(ctx, null), getTimeZone()]);
  return (
    <>
      <h1>{t("create")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/updates", params: { id } }}>{t("backToList")}</Link>
      </p>
      <UpdateEditor action={saveUpdateAction} values={{ titleEn: "", titleFr: "", bodyEn: "", bodyFr: "", publishAt: "" }} status="draft" campaignId={id} locale={locale} findings={findings} zone={zoneName(locale, zone)} />
    </>
  );
}
