import { useTranslations } from "next-intl";
import { FindingMeta } from "@/components/findings/finding-meta";
import { FindingTitle } from "@/components/findings/finding-title";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";

/**
 * The campaign editor's choice of the findings the campaign stands on: one checkbox per record,
 * newest first, with its date, kind and standing, incomplete ones marked. Each ticked box posts
 * one `findings` value; the server numbers them by date.
 */
export function FindingChecklist({ choices, error }: { choices: FindingChoice[]; error?: string }) {
  const t = useTranslations("Admin.Campaigns");
  return (
    <fieldset className="field" aria-describedby={error ? "findings-hint findings-error" : "findings-hint"}>
      <legend>{t("findingsLegend")}</legend>
      <p id="findings-hint" className="hint">
        {choices.length ? t("findingsHint") : t("findingsNone")}
      </p>
      {error && (
        <p id="findings-error" className="field-error">
          {t(`errors.${error}` as "errors.findingsInvalid")}
        </p>
      )}
      {choices.length > 0 && (
        <div className="finding-checklist">
          {choices.map((choice) => (
            <label key={choice.id} className="choice">
              <input type="checkbox" name="findings" value={choice.id} defaultChecked={choice.chosen} />
              <span>
                <FindingTitle title={choice.title} /> <FindingMeta {...choice} />
              </span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
