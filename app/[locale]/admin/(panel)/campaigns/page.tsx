import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { can } from "@/server/auth/permissions";
import { staffPage } from "@/server/auth/staff-page";
import { listCampaignsForAdmin } from "@/server/campaigns/admin/list-campaigns";
import { staffContext } from "@/server/context";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.Campaigns", "title", { private: true });

export default async function CampaignsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const [t, rows] = await Promise.all([getTranslations({ locale, namespace: "Admin.Campaigns" }), listCampaignsForAdmin(ctx)]);
  const canEdit = can(actor.role, "campaign.edit");
  const number = (n: number) => n.toLocaleString(locale);
  return (
    <>
      <h1>{t("title")}</h1>
      {canEdit && (
        <p>
          <Link href="/admin/campaigns/new" className="button">
            {t("create")}
          </Link>
        </p>
      )}
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("campaign")}</th>
              <th scope="col">{t("state")}</th>
              <th scope="col" className="number">
                {t("confirmed")}
              </th>
              <th scope="col" className="number">
                {t("lastDay")}
              </th>
              <th scope="col" className="number">
                {t("goal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>
                  {canEdit ? <Link href={{ pathname: "/admin/campaigns/[id]", params: { id: row.id } }}>{locale === "fr" ? row.titleFr : row.titleEn}</Link> : locale === "fr" ? row.titleFr : row.titleEn}
                  <span className="muted"> · /{row.slug}</span>
                </td>
                <td>
                  <span className={`badge badge-${row.status}`}>{t(`states.${row.status}`)}</span>
                </td>
                <td className="number">{number(row.confirmed)}</td>
                <td className="number">{number(row.lastDay)}</td>
                <td className="number">
                  {number(row.goal)} <span className="muted">({t("percent", { percent: Math.floor((row.confirmed / row.goal) * 100) })})</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
