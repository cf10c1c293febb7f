import { getTranslations } from "next-intl/server";
import { AuditChanges } from "@/components/admin/audit-changes";
import { AuditRecordLink } from "@/components/admin/audit-record-link";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { panelDates } from "@/lib/time/panel-date";
import { staffPage } from "@/server/auth/staff-page";
import { AUDIT_ENTITY_TYPES, auditFilter, listAuditEvents } from "@/server/audit/list-audit-events";
import { staffContext } from "@/server/context";
import { getTimeZone } from "@/server/organisation/get-time-zone";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Audit", "title", { private: true });

/** An action's name in words ("Published a campaign"); a code no catalogue knows yet as it is. */
const actionName = (t: Awaited<ReturnType<typeof getTranslations<"Admin.Audit">>>, action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}` as "actions.campaign.create") : action);

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/audit");
  if (!actor) return <Forbidden />;
  const raw = await searchParams;
  const parsed = auditFilter.safeParse(raw);
  const filter = parsed.success ? parsed.data : {};
  const [t, page, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Audit" }), listAuditEvents(staffContext(actor), filter), getTimeZone()]);
  const when = panelDates(locale, zone);
  const query = Object.fromEntries(
    Object.entries(filter)
      .filter(([key, value]) => value !== undefined && key !== "before")
      .map(([key, value]) => [key, String(value)]),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {!parsed.success && (
        <p role="alert" className="error-summary">
          {t("filterInvalid")}
        </p>
      )}
      <form method="get" className="filters" role="search" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="entityType">{t("entityType")}</label>
          <select id="entityType" name="entityType" defaultValue={raw.entityType ?? ""}>
            <option value="">{t("any")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`entities.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="action">{t("action")}</label>
          <input id="action" name="action" defaultValue={raw.action} placeholder="campaign.status" />
        </div>
        <div className="field">
          <label htmlFor="actor">{t("actor")}</label>
          <input id="actor" name="actor" type="search" defaultValue={raw.actor} />
        </div>
        <div className="field">
          <label htmlFor="from">{t("from")}</label>
          <input id="from" name="from" type="date" defaultValue={raw.from} />
        </div>
        <div className="field">
          <label htmlFor="to">{t("to")}</label>
          <input id="to" name="to" type="date" defaultValue={raw.to} />
        </div>
        <button type="submit">{t("apply")}</button>
      </form>
      {page.rows.length === 0 ? (
        <p role="status">{t("none")}</p>
      ) : (
        <table className="data audit">
          <thead>
            <tr>
              <th scope="col">{t("when")}</th>
              <th scope="col">{t("actor")}</th>
              <th scope="col">{t("action")}</th>
              <th scope="col">{t("record")}</th>
              <th scope="col">{t("changes")}</th>
            </tr>
          </thead>
          <tbody>
            {page.rows.map((row) => (
              <tr key={row.id}>
                <td data-label={t("when")}>
                  <time dateTime={row.createdAt.toISOString()}>{when.time(row.createdAt)}</time>
                </td>
                <td data-label={t("actor")}>
                  {row.actor.exists ? <Link href={{ pathname: "/admin/users", hash: `user-${row.actor.userId}` }}>{row.actor.name ?? row.actor.email}</Link> : row.actor.email}
                  {row.actor.exists && row.actor.name && <span className="muted"> {row.actor.email}</span>}
                </td>
                <td data-label={t("action")}>{actionName(t, row.action)}</td>
                <td data-label={t("record")}>
                  <AuditRecordLink record={row.record} locale={locale} />
                </td>
                <td data-label={t("changes")}>
                  <AuditChanges before={row.before} after={row.after} locale={locale} timeZone={zone} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {page.next && (
        <nav aria-label={t("pages")} className="pager">
          <Link rel="next" href={{ pathname: "/admin/audit", query: { ...query, before: String(page.next) } }}>
            {t("older")}
          </Link>
        </nav>
      )}
    </>
  );
}
