import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { UpdateEditor } from "@/components/admin/update-editor";
import { Forbidden } from "@/components/forbidden";
import { asFormAction } from "@/server/auth/as-form-action";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { listFindingChoices } from "@/server/campaigns/admin/list-finding-choices";
import { staffContext } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { zoneName } from "@/lib/time/panel-date";
import { toZonedInput } from "@/lib/time/zoned-time";
import { getUpdateForEditing } from "@/server/updates/admin/get-update-for-editing";
import { saveUpdateAction, unpublishUpdateAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string; updateId: string }>; searchParams: Promise<{ saved?: string; unpublished?: string }> };

export const generateMetadata = translatedTitle("Admin.Updates", "edit", { private: true });

const SAVED = ["draft", "scheduled", "published"] as const;

export default async function EditUpdatePage({ params, searchParams }: Props) {
  const { locale, id, updateId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/updates/[updateId]");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const update = await getUpdateForEditing(ctx, id, updateId);
  if (!update) notFound();
  const [t, query, findings, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Updates" }), searchParams, listFindingChoices(ctx, null), getTimeZone()]);
  const saved = SAVED.find((state) => state === query.saved);
  const publishAt = toZonedInput(update.publishAt, zone);
  return (
    <>
      <h1>{locale === "fr" ? update.titleFr : update.titleEn}</h1>
      {saved && (
        <p role="status" className="notice">
          {t(`saved.${saved}`)}
        </p>
      )}
      {query.unpublished && (
        <p role="status" className="notice">
          {t("unpublished")}
        </p>
      )}
      <p>
        {t("state")}: <span className={`badge badge-${update.status}`}>{t(`states.${update.status}`)}</span> <Link href={{ pathname: "/admin/campaigns/[id]/updates", params: { id } }}>{t("backToList")}</Link>
        {" · "}
        <Link href={{ pathname: "/admin/campaigns/[id]/updates/[updateId]/send", params: { id, updateId } }}>{t("sendByEmail")}</Link>
        {" · "}
        <Link href={{ pathname: "/admin/campaigns/[id]/updates/[updateId]/preview", params: { id, updateId } }}>{t("previewLink")}</Link>
      </p>
      {update.status !== "draft" && (
        <form action={asFormAction(unpublishUpdateAction)}>
          <input type="hidden" name="updateId" value={update.id} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="secondary">
            {t("unpublish")}
          </button>
        </form>
      )}
      <UpdateEditor action={saveUpdateAction} values={{ ...update, publishAt }} status={update.status} campaignId={id} updateId={update.id} locale={locale} findings={findings} zone={zoneName(locale, zone)} />
    </>
  );
}
