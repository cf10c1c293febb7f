import { getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/admin/activity-chart";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import { formatWall } from "@/lib/time/panel-date";
import { pagePolicy } from "@/server/auth/policy";
import { staffPage } from "@/server/auth/staff-page";
import { listCampaignsForAdmin } from "@/server/campaigns/admin/list-campaigns";
import { signatureActivity } from "@/server/dashboard/signature-activity";
import { subscriberActivity } from "@/server/dashboard/subscriber-activity";
import { topPlaces } from "@/server/dashboard/top-places";
import { countEmailsByStatus } from "@/server/mail/count-emails-by-status";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ campaign?: string }> };

export const generateMetadata = translatedTitle("Admin", "dashboard", { private: true });

export default async function DashboardPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin");
  if (!actor) return <Forbidden />;
  const { campaign } = await searchParams;
  const chosen = campaign || null;
  const [t, d, counts, campaigns, activity, subscribers, places] = await Promise.all([
    getTranslations({ locale, namespace: "Admin" }),
    getTranslations({ locale, namespace: "Admin.Dashboard" }),
    countEmailsByStatus(),
    listCampaignsForAdmin(),
    signatureActivity(chosen),
    subscriberActivity(),
    topPlaces(chosen),
  ]);
  // The buckets are days and hours on the organisation's clock, labelled in the panel's date format.
  const labelled = <T extends { at: string }>(points: T[]) => points.map((point) => ({ ...point, at: formatWall(point.at, locale) }));
  const canOpenOutbox = (pagePolicy["/admin/outbox"] as readonly string[]).includes(actor.role);
  const signedSeries = [
    { key: "signed", label: d("signed"), colour: "#8fa8c8" },
    { key: "confirmed", label: d("confirmedSeries"), colour: "#1f4e79" },
  ];
  return (
    <>
      <h1>{t("dashboard")}</h1>
      <form method="get" className="filters">
        <div className="field">
          <label htmlFor="campaign">{d("campaign")}</label>
          <select id="campaign" name="campaign" defaultValue={chosen ?? ""}>
            <option value="">{d("allCampaigns")}</option>
            {campaigns.map((row) => <option key={row.id} value={row.id}>{locale === "fr" ? row.titleFr : row.titleEn}</option>)}
          </select>
        </div>
        <button type="submit" className="secondary">{d("show")}</button>
      </form>
      <section aria-labelledby="rate-heading" className="stat-grid">
        <div className="stat">
          <h2 id="rate-heading">{d("confirmationRate")}</h2>
          <p className="stat-figure">{activity.rate === null ? "—" : activity.rate.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 })}</p>
          <p className="muted">{d("confirmationRateHint", { confirmed: activity.confirmed.toLocaleString(locale), signed: activity.signed.toLocaleString(locale) })}</p>
        </div>
      </section>
      <div className="chart-grid">
        <ActivityChart title={d("perDay")} data={labelled(activity.daily)} series={signedSeries} tableLabel={d("chartTable")} locale={locale} />
        <ActivityChart title={d("perHour")} data={labelled(activity.hourly)} series={signedSeries} tableLabel={d("chartTable")} locale={locale} />
        <ActivityChart
          title={d("subscribers")}
          data={labelled(subscribers)}
          series={[{ key: "gained", label: d("gained"), colour: "#2e7d32" }, { key: "lost", label: d("lost"), colour: "#b23b3b" }]}
          tableLabel={d("chartTable")}
          locale={locale}
        />
      </div>
      <div className="chart-grid">
        {([["topProvinces", places.provinces], ["topRidings", places.ridings]] as const).map(([title, list]) =>
          list.length === 0 ? (
            <figure key={title} className="chart">
              <figcaption>{d(title)}</figcaption>
              <p className="muted">{title === "topRidings" ? d("noRidings") : "—"}</p>
            </figure>
          ) : (
            <ActivityChart
              key={title}
              title={d(title)}
              data={list.map((place) => ({ at: place.key, count: place.count }))}
              series={[{ key: "count", label: d("count"), colour: "#1f4e79" }]}
              tableLabel={d("chartTable")}
              locale={locale}
            />
          ),
        )}
      </div>
      <section aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading">{t("pipeline")}</h2>
        {!env().RESEND_API_KEY && <p className="notice">{d("localOutbox")}</p>}
        <dl className="stat-grid">
          {Object.entries(counts).map(([status, n]) => (
            <div key={status} className="stat">
              <dt>{canOpenOutbox ? <Link href={{ pathname: "/admin/outbox", query: { status } }}>{t(`status.${status}` as "status.queued")}</Link> : t(`status.${status}` as "status.queued")}</dt>
              <dd>{n.toLocaleString(locale)}</dd>
            </div>
          ))}
        </dl>
        {canOpenOutbox && counts.failed > 0 && <p>{d("failedHint")}</p>}
      </section>
    </>
  );
}
