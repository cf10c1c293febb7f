import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { listEmails } from "@/server/mail/list-emails";
import { SHOWN_STATUSES, shownStatus } from "@/server/mail/shown-status";
import { panelDates } from "@/lib/time/panel-date";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { translatedTitle } from "@/lib/i18n/page-title";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string; page?: string }> };

export const generateMetadata = translatedTitle("Admin", "outbox", { private: true });

export default async function OutboxPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  const actor = isLocale(locale) ? await staffPage(locale, "/admin/outbox") : null;
  if (!isLocale(locale) || !actor) return <Forbidden />;
  const status = SHOWN_STATUSES.find((value) => value === query.status);
  const [t, list, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin" }), listEmails(staffContext(actor), { status, page: query.page ?? 1 }), getTimeZone()]);
  const when = panelDates(locale, zone);
  return (
    <>
      <h1>{t("outbox")}</h1>
      <p>{t("outboxIntro")}</p>
      <nav aria-label={t("filterByStatus")}>
        <ul className="chips">
          <li>
            <Link href="/admin/outbox" aria-current={status ? undefined : "page"}>
              {t("all")}
            </Link>
          </li>
          {SHOWN_STATUSES.map((value) => (
            <li key={value}>
              <Link href={{ pathname: "/admin/outbox", query: { status: value } }} aria-current={status === value ? "page" : undefined}>
                {t(`status.${value}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.items.length === 0 ? (
        <p>{t("outboxEmpty")}</p>
      ) : (
        <table className="data">
          <caption className="visually-hidden">{t("outbox")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columns.created")}</th>
              <th scope="col">{t("columns.to")}</th>
              <th scope="col">{t("columns.subject")}</th>
              <th scope="col">{t("columns.status")}</th>
            </tr>
          </thead>
          <tbody>
            {list.items.map((email) => (
              <tr key={email.id}>
                <td>{when.time(email.createdAt)}</td>
                <td>{email.to}</td>
                <td>
                  <Link href={{ pathname: "/admin/outbox/[id]", params: { id: email.id } }}>{email.subject ?? t("kind", { kind: email.kind })}</Link>
                </td>
                <td>
                  <span className={`badge badge-${shownStatus(email.status, email.transport)}`}>{t(`status.${shownStatus(email.status, email.transport)}`)}</span>
                  {email.lastError && <span className="muted"> — {email.lastError}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted">{t("pageOf", { page: list.page, pages: list.pages })}</p>
      <p>
        {list.page > 1 && <Link href={{ pathname: "/admin/outbox", query: { ...(status && { status }), page: list.page - 1 } }}>{t("previous")}</Link>}{" "}
        {list.page < list.pages && <Link href={{ pathname: "/admin/outbox", query: { ...(status && { status }), page: list.page + 1 } }}>{t("next")}</Link>}
      </p>
    </>
  );
}
