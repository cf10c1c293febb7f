import { getTranslations } from "next-intl/server";
import { ActivityChart } from "@/components/admin/activity-chart";
import { PlaceBars } from "@/components/admin/place-bars";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import { formatWall } from "@/lib/time/panel-date";
import { can } from "@/server/auth/permissions";
import { staffPage } from "@/server/auth/staff-page";
import { listCampaignsForAdmin } from "@/server/campaigns/admin/list-campaigns";
import { staffContext } from "@/server/context";
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
  const ctx = staffContext(actor);
  const { campaign } = await searchParams;
  const chosen = campaign || null;
  const [t, d, counts, campaigns, activity, subscribers, places] = await Promise.all([
    getTranslations({ locale, namespace: "Admin" }),
    getTranslations({ locale, namespace: "Admin.Dashboard" }),
    countEmailsByStatus(ctx),
    listCampaignsForAdmin(ctx),
    signatureActivity(ctx, chosen),
    subscriberActivity(ctx),
    topPlaces(ctx, chosen),
  ]);
  // The buckets are days and hours on the organisation's clock, labelled in the panel's date format.
  const labelled = <T extends { at: string }>(points: T[]) => points.map((point) => ({ ...point, at: formatWall(point.at, locale) }));
  const canOpenOutbox = can(actor.role, "outbox.read");
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
            {campaigns.map((row) => (
              <option key={row.id} value={row.id}>
                {locale === "fr" ? row.titleFr : row.titleEn}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {d("show")}
        </button>
      </form>
      <section aria-labelledby="rate-heading" className="stat-row">
        <div className="stat">
          <h2 id="rate-heading">{d("confirmationRate")}</h2>
          <p className="stat-figure">{activity.rate === null ? "—" : activity.rate.toLocaleString(locale, { style: "percent", maximumFractionDigits: 1 })}</p>
          <p className="muted">{d("confirmationRateHint", { confirmed: activity.confirmed, signed: activity.signed })}</p>
        </div>
      </section>
      <div className="chart-grid">
        <ActivityChart title={d("perDay")} data={labelled(activity.daily)} series={signedSeries} tableLabel={d("chartTable")} locale={locale} arrangement="overlay" />
        <ActivityChart title={d("perHour")} data={labelled(activity.hourly)} series={signedSeries} tableLabel={d("chartTable")} locale={locale} wide arrangement="overlay" />
        <ActivityChart
          title={d("subscribers")}
          data={labelled(subscribers)}
          series={[
            { key: "gained", label: d("gained"), colour: "#2e7d32" },
            { key: "lost", label: d("lost"), colour: "#b23b3b" },
          ]}
          tableLabel={d("chartTable")}
          locale={locale}
          arrangement="stack"
        />
      </div>
      <div className="chart-grid">
        <PlaceBars title={d("topProvinces")} places={places.provinces.map((place) => ({ label: place.key, count: place.count }))} empty="—" placeLabel={d("place")} countLabel={d("count")} locale={locale} />
        <PlaceBars
          title={d("topRidings")}
          places={places.ridings.map((place) => ({ label: place.name ? `${locale === "fr" ? place.name.fr : place.name.en} (${place.key})` : place.key, count: place.count }))}
          empty={d("noRidings")}
          placeLabel={d("place")}
          countLabel={d("count")}
          locale={locale}
        />
      </div>
      <section aria-labelledby="pipeline-heading">
        <h2 id="pipeline-heading">{t("pipeline")}</h2>
        {!env().RESEND_API_KEY && <p className="notice">{d("localOutbox")}</p>}
        <dl className="stat-grid">
          {/* "Kept in local outbox" only where it can happen: no Resend key, or mail kept before one was set. */}
          {Object.entries(counts)
            .filter(([status, n]) => status !== "kept" || n > 0 || !env().RESEND_API_KEY)
            .map(([status, n]) => (
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
