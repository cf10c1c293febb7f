import { useTranslations } from "next-intl";
import { FINDING_KINDS } from "@/server/findings/import/finding-record";
import { Link } from "@/lib/i18n/navigation";
import { provinces } from "@/lib/postal-code";
import type { TimelineQuery } from "@/server/findings/timeline-query";
import { useJurisdictionName } from "./use-jurisdiction-name";

const BINDING = { any: "", only: "true", not: "false" } as const;

/**
 * The timeline's filters: a plain GET form (no script needed), so a filtered timeline is a link a
 * reader can share. Submitting starts again from the newest page: `after` is not carried over.
 */
export function TimelineFilters({ query }: { query: TimelineQuery }) {
  const t = useTranslations("Findings");
  const jurisdiction = useJurisdictionName();
  const jurisdictions = ["CA", ...provinces];
  if (query.jurisdiction && !jurisdictions.includes(query.jurisdiction)) jurisdictions.push(query.jurisdiction);
  return (
    <form method="get" className="filters" role="search" aria-label={t("filters")}>
      <div className="field">
        <label htmlFor="kind">{t("kind")}</label>
        <select id="kind" name="kind" defaultValue={query.kind ?? ""}>
          <option value="">{t("anyKind")}</option>
          {FINDING_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="jurisdiction">{t("jurisdiction")}</label>
        <select id="jurisdiction" name="jurisdiction" defaultValue={query.jurisdiction ?? ""}>
          <option value="">{t("anyJurisdiction")}</option>
          {jurisdictions.map((code) => (
            <option key={code} value={code}>
              {jurisdiction(code)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="tag">{t("tag")}</label>
        <input id="tag" name="tag" defaultValue={query.tag ?? ""} aria-describedby="tag-hint" autoCapitalize="none" spellCheck={false} />
        <p id="tag-hint" className="hint">
          {t("tagHint")}
        </p>
      </div>
      <div className="field">
        <label htmlFor="binding">{t("binding")}</label>
        <select id="binding" name="binding" defaultValue={query.binding === undefined ? BINDING.any : query.binding ? BINDING.only : BINDING.not}>
          <option value={BINDING.any}>{t("bindingAny")}</option>
          <option value={BINDING.only}>{t("bindingOnly")}</option>
          <option value={BINDING.not}>{t("bindingNot")}</option>
        </select>
      </div>
      <label className="choice">
        <input type="checkbox" name="includeIncomplete" value="true" defaultChecked={query.includeIncomplete === true} /> {t("includeIncomplete")}
      </label>
      <button type="submit">{t("apply")}</button>
      <Link href="/findings">{t("clear")}</Link>
    </form>
  );
}
