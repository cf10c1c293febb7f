import { getTranslations } from "next-intl/server";

/** Confirmed signatures by province and territory, largest first. */
export async function ProvinceCounts({ rows, locale }: { rows: { code: string; count: number }[]; locale: string }) {
  if (rows.length === 0) return null;
  const [t, names] = await Promise.all([getTranslations("Counts"), getTranslations("Provinces")]);
  return (
    <details className="province-counts">
      <summary>{t("byProvince")}</summary>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">{t("province")}</th>
            <th scope="col">{t("count")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <td>{names((row.code || "abroad") as "ON")}</td>
              <td>{row.count.toLocaleString(locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
