import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { panelDates } from "@/lib/time/panel-date";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { listDataRequests } from "@/server/privacy/admin/list-data-requests";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("adminDataRequests", "title", { private: true });

/** "2026-12" as "December 2026" / "décembre 2026" (a calendar month already on the organisation's clock). */
const monthName = (month: string, locale: string) => new Intl.DateTimeFormat(locale === "fr" ? "fr-CA" : "en-CA", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T12:00:00Z`));

/** Exports and erasures answered, by month and one by one: evidence that requests are met, naming no one. */
export default async function DataRequestsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/data-requests");
  if (!actor) return <Forbidden />;
  const [t, page, zone] = await Promise.all([getTranslations({ locale, namespace: "adminDataRequests" }), listDataRequests(staffContext(actor), await searchParams), getTimeZone()]);
  const when = panelDates(locale, zone);
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p role="status">{t("summary", page.totals)}</p>
      {page.months.length > 0 && (
        <section aria-labelledby="data-requests-months">
          <h2 id="data-requests-months">{t("byMonth")}</h2>
          <div className="table-scroll">
            <table className="data">
              <caption className="visually-hidden">{t("byMonthCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("month")}</th>
                  <th scope="col">{t("exports")}</th>
                  <th scope="col">{t("erasures")}</th>
                  <th scope="col">{t("byPerson")}</th>
                  <th scope="col">{t("byOrganiser")}</th>
                </tr>
              </thead>
              <tbody>
                {page.months.map((row) => (
                  <tr key={row.month}>
                    <th scope="row">{monthName(row.month, locale)}</th>
                    <td>{row.exports}</td>
                    <td>{row.erasures}</td>
                    <td>{row.bySupporter}</td>
                    <td>{row.byOrganiser}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      <section aria-labelledby="data-requests-list">
        <h2 id="data-requests-list">{t("list")}</h2>
        {page.rows.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="table-scroll">
            <table className="data">
              <caption className="visually-hidden">{t("listCaption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("when")}</th>
                  <th scope="col">{t("kind")}</th>
                  <th scope="col">{t("askedBy")}</th>
                </tr>
              </thead>
              <tbody>
                {page.rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <time dateTime={row.createdAt.toISOString()}>{when.time(row.createdAt)}</time>
                    </td>
                    <td>{t(`kinds.${row.kind}`)}</td>
                    <td>{t(`requesters.${row.requestedBy}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {(page.next || !page.first) && (
          <nav aria-label={t("pages")} className="pager">
            {!page.first && <Link href="/admin/data-requests">{t("newest")}</Link>}{" "}
            {page.next && (
              <Link rel="next" href={{ pathname: "/admin/data-requests", query: { before: String(page.next) } }}>
                {t("older")}
              </Link>
            )}
          </nav>
        )}
      </section>
    </>
  );
}
