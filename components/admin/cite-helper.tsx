import { useTranslations } from "next-intl";
import { FindingMeta } from "@/components/findings/finding-meta";
import { FindingTitle } from "@/components/findings/finding-title";
import type { FindingChoice } from "@/server/campaigns/admin/list-finding-choices";

/** The findings an update may cite, newest first, each with the exact citation to type. */
export function CiteHelper({ findings }: { findings: FindingChoice[] }) {
  const t = useTranslations("Admin.Updates");
  return (
    <details className="cite-helper">
      <summary>{t("findingsToCite")}</summary>
      <p className="hint">{t("findingsIntro")}</p>
      <ul>
        {findings.map((finding) => (
          <li key={finding.id}>
            <code>[[cite:{finding.id}]]</code> <FindingTitle title={finding.title} /> <FindingMeta {...finding} />
          </li>
        ))}
      </ul>
    </details>
  );
}
