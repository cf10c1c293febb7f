import { useTranslations } from "next-intl";
import { FindingMeta } from "@/components/findings/finding-meta";
import { FindingTitle } from "@/components/findings/finding-title";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";
import { Choice, ChoiceGroup, FieldError } from "./form/fields";

/**
 * The campaign editor's choice of the findings the campaign stands on: one checkbox per record,
 * newest first, with its date, kind and standing, incomplete ones marked. Each ticked box posts
 * one `findings` value; the server numbers them by date. Ticked as saved, or as posted.
 */
export function FindingChecklist({ choices }: { choices: FindingChoice[] }) {
  const t = useTranslations("Admin.Campaigns");
  return (
    <ChoiceGroup name="findings" describedBy="findings-hint">
      <legend>{t("findingsLegend")}</legend>
      <p id="findings-hint" className="hint">
        {choices.length ? t("findingsHint") : t("findingsNone")}
      </p>
      <FieldError name="findings" />
      {choices.length > 0 && (
        <div className="finding-checklist">
          {choices.map((choice) => (
            <label key={choice.id} className="choice">
              <Choice type="checkbox" name="findings" value={choice.id} />
              <span>
                <FindingTitle title={choice.title} /> <FindingMeta {...choice} />
              </span>
            </label>
          ))}
        </div>
      )}
    </ChoiceGroup>
  );
}
