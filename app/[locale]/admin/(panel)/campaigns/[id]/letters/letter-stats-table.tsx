import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { TargetStats } from "@/server/letters/letter-stats";

const STATES = ["waiting", "sending", "sent", "failed", "bounced", "personalised"] as const;

type Props = { locale: Locale; campaignId: string; stats: TargetStats[]; canRetry: boolean };

/**
 * Letters per recipient and state. For those who may retry: a link to retry every failed letter,
 * and one per recipient with failures that can go again; both lead to the confirmation step.
 */
export async function LetterStatsTable({ locale, campaignId: id, stats, canRetry }: Props) {
  const [t, r] = await Promise.all([getTranslations({ locale, namespace: "Admin.Letters" }), getTranslations({ locale, namespace: "Admin.LetterRetry" })]);
  const retryable = stats.reduce((sum, row) => sum + row.retryable, 0);
  const failed = stats.reduce((sum, row) => sum + row.retryable + row.retryBlocked, 0);
  if (stats.length === 0) return <p>{t("none")}</p>;
  return (
    <>
      {canRetry && retryable > 0 && (
        <p>
          <Link className="button secondary" href={{ pathname: "/admin/campaigns/[id]/letters/retry", params: { id } }}>
            {r("button", { count: failed })}
          </Link>
        </p>
      )}
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("recipient")}</th>
            <th scope="col" className="number">
              {t("total")}
            </th>
            {STATES.map((state) => (
              <th key={state} scope="col" className="number">
                {t(`states.${state}`)}
              </th>
            ))}
            {canRetry && retryable > 0 && (
              <th scope="col">
                <span className="visually-hidden">{r("title")}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {stats.map((row) => (
            <tr key={row.targetKey}>
              <th scope="row">
                {row.name}
                {row.riding && <span className="muted"> · {row.riding}</span>}
                {row.addressDisabled && <span className="badge badge-failed"> {t("addressDisabled")}</span>}
              </th>
              <td className="number">{row.total.toLocaleString(locale)}</td>
              {STATES.map((state) => (
                <td key={state} className="number">
                  {row[state].toLocaleString(locale)}
                </td>
              ))}
              {canRetry && retryable > 0 && (
                <td>
                  {row.retryable > 0 && (
                    <Link href={{ pathname: "/admin/campaigns/[id]/letters/retry", params: { id }, query: { target: row.targetKey } }} aria-label={r("rowButtonLabel", { name: row.name, count: row.retryable })}>
                      {r("rowButton", { count: row.retryable })}
                    </Link>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
