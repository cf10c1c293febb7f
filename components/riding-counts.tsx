import { getTranslations } from "next-intl/server";
import type { RidingCount } from "@/server/signatures/get-signature-counts";

const SHOWN = 20;

/**
 * Confirmed signatures by federal riding, largest first (the twenty largest): known for signers
 * whose postal code the directory places in exactly one riding, so the total may be below the count.
 */
export async function RidingCounts({ rows, locale }: { rows: RidingCount[]; locale: string }) {
  if (rows.length === 0) return null;
  const t = await getTranslations("Counts");
  return (
    <details className="province-counts">
      <summary>{t("byRiding")}</summary>
      <p className="hint">{t("byRidingHint", { shown: Math.min(SHOWN, rows.length), total: rows.length })}</p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("riding")}</th>
            <th scope="col">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, SHOWN).map((row) => (
            <tr key={row.code}>
              <td>{locale === "fr" ? row.nameFr : row.nameEn}</td>
              <td>{row.count.toLocaleString(locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
