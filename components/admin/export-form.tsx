import { getTranslations } from "next-intl/server";
import { DEFAULT_COLUMNS, EXPORT_COLUMNS } from "@/server/signatures/admin/export-columns";
import type { SignatureFilter } from "@/server/signatures/admin/signature-filter";

type Props = { campaignId: string; filter: SignatureFilter; locale: string };

/** Downloads the filtered signatures as CSV, with the columns ticked here. */
export async function ExportForm({ campaignId, filter, locale }: Props) {
  const t = await getTranslations("Admin.Signatures");
  return (
    <form method="get" action={`/api/admin/campaigns/${campaignId}/signatures.csv`} className="stack">
      <input type="hidden" name="locale" value={locale} />
      {Object.entries(filter).map(([key, value]) => value !== undefined && <input key={key} type="hidden" name={key} value={String(value)} />)}
      <fieldset>
        <legend>{t("exportColumns")}</legend>
        <div className="choices">
          {EXPORT_COLUMNS.map((column) => (
            <label key={column} className="choice">
              <input type="checkbox" name="columns" value={column} defaultChecked={DEFAULT_COLUMNS.includes(column)} /> {t(`columns.${column}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <p className="hint">{t("exportHint")}</p>
      <button type="submit" className="secondary">
        {t("export")}
      </button>
    </form>
  );
}
