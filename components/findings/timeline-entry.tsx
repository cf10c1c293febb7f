import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import type { FindingListItem } from "@/server/findings/list-findings";
import { FindingMeta } from "./finding-meta";
import { FindingTitle } from "./finding-title";
import { useJurisdictionName } from "./use-jurisdiction-name";

/** One record on the timeline: its title (a link to its page), date, kind, standing, who issued it and where. */
export function TimelineEntry({ item }: { item: FindingListItem }) {
  const t = useTranslations("Findings");
  const jurisdiction = useJurisdictionName();
  return (
    <li className="finding-entry">
      <h3>
        <Link href={{ pathname: "/findings/[id]", params: { id: item.id } }}>
          <FindingTitle title={item.title} />
        </Link>
      </h3>
      <p>
        <FindingMeta {...item} />
      </p>
      <dl className="finding-bodies">
        <dt>{t("issuers")}</dt>
        <dd>{item.issuers.join(", ")}</dd>
        <dt>{t("jurisdictions")}</dt>
        <dd>{item.jurisdictions.map(jurisdiction).join(", ")}</dd>
      </dl>
    </li>
  );
}
