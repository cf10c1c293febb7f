import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/server/auth/permissions";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { listUpdatesForAdmin } from "@/server/updates/admin/list-updates-for-admin";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";

type Props = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = translatedTitle("Admin.Updates", "title", { private: true });

/** A campaign's updates: state and date of each; editors open and write them, viewers read the list. */
export default async function CampaignUpdatesAdminPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/updates");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const data = await listUpdatesForAdmin(ctx, id);
  if (!data) notFound();
  const [t, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Updates" }), getTimeZone()]);
  const when = panelDates(locale, zone);
  const canEdit = can(actor.role, "updates.edit");
  const title = (row: { titleEn: string; titleFr: string }) => (locale === "fr" ? row.titleFr : row.titleEn);
  return (
    <>
      <h1>{t("listTitle", { campaign: title(data.campaign) })}</h1>
      {canEdit ? (
        <p>
          <Link href={{ pathname: "/admin/campaigns/[id]/updates/new", params: { id } }} className="button">
            {t("create")}
          </Link>
        </p>
      ) : (
        <p className="muted">{t("readOnly")}</p>
      )}
      {data.updates.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("update")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col">{t("when")}</th>
            </tr>
          </thead>
          <tbody>
            {data.updates.map((row) => (
              <tr key={row.id}>
                <td>{canEdit ? <Link href={{ pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id, updateId: row.id } }}>{title(row)}</Link> : title(row)}</td>
                <td>
                  <span className={`badge badge-${row.status}`}>{t(`states.${row.status}`)}</span>
                </td>
                <td>{when.time(row.visibleFrom ?? row.updatedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
