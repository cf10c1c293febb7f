import { useTranslations } from "next-intl";
import { Fragment } from "react";
import type { FindingRecord } from "@/server/findings/import/finding-record";
import { Link } from "@/lib/i18n/navigation";
import { useJurisdictionName } from "./use-jurisdiction-name";

/**
 * What a record names: issuers, jurisdictions, file numbers, parties, and its tags, each tag a
 * link to the timeline filtered by it. Empty lists are left out rather than shown as blanks.
 */
export function FindingFacts({ record }: { record: FindingRecord }) {
  const t = useTranslations("Findings");
  const jurisdiction = useJurisdictionName();
  const rows = [
    { label: t("issuers"), values: record.issuers },
    { label: t("jurisdictions"), values: record.jurisdictions.map(jurisdiction) },
    { label: t("fileNumbers"), values: record.fileNumbers },
    { label: t("actors"), values: record.actors },
  ].filter((row) => row.values.length > 0);
  return (
    <dl className="facts">
      {rows.map((row) => (
        <Fragment key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.values.join("; ")}</dd>
        </Fragment>
      ))}
      {record.tags.length > 0 && (
        <>
          <dt>{t("tags")}</dt>
          <dd>
            <ul className="tag-list">
              {record.tags.map((tag) => (
                <li key={tag}>
                  <Link href={{ pathname: "/findings", query: { tag } }}>{tag}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}
