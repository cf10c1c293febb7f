import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { panelDates } from "@/lib/time/panel-date";
import type { InvalidationRow } from "@/server/signatures/admin/list-invalidations";
import { conditionText } from "./condition-text";

type Props = { locale: string; zone: string; campaignId: string; rows: InvalidationRow[] };

/** The campaign's recent bulk invalidations, each with a link to undo it (or when it was undone; its page says by whom). */
export async function RecentInvalidations({ locale, zone, campaignId, rows }: Props) {
  const t = await getTranslations({ locale, namespace: "Admin.Invalidate" });
  const when = panelDates(locale, zone);
  const conditions = await Promise.all(rows.map((row) => conditionText(locale, zone, row.condition, { shortHash: true })));
  return (
    <section aria-labelledby="recent-heading">
      <h2 id="recent-heading">{t("recent")}</h2>
      {rows.length === 0 ? (
        <p>{t("noRecent")}</p>
      ) : (
        // Focusable, so that a keyboard can scroll the table on a phone even when no row has a link left.
        <div className="table-scroll" tabIndex={0} role="group" aria-labelledby="recent-heading">
          <table className="data">
            <thead>
              <tr>
                {/* Undo comes second, so that a phone shows it without scrolling the table. */}
                {(["when", "undo", "changed", "mark", "condition", "reason", "by"] as const).map((column) => (
                  <th key={column} scope="col">
                    {t(`columns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.id}>
                  <td>{when.time(row.createdAt)}</td>
                  <td>
                    {row.undoneAt ? (
                      t("undone", { when: when.time(row.undoneAt) })
                    ) : (
                      <Link href={{ pathname: "/admin/campaigns/[id]/invalidate/[invalidationId]", params: { id: campaignId, invalidationId: row.id } }} aria-label={t("undoLinkLabel", { when: when.time(row.createdAt) })}>
                        {t("undoLink")}
                      </Link>
                    )}
                  </td>
                  <td>{row.changed}</td>
                  <td>{t(`marks.${row.mark}`)}</td>
                  <td>{conditions[index]}</td>
                  <td>{row.reason}</td>
                  <td>{row.actorEmail}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
