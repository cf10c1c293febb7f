import { useLocale, useTranslations } from "next-intl";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import type { FindingListItem } from "@/server/findings/list-findings";
import { FindingMeta } from "./finding-meta";
import { FindingTitle } from "./finding-title";
import { useJurisdictionName } from "./use-jurisdiction-name";

/** One record on the timeline: its title (a link to its page), date, kind, standing, who issued it and where. */
export function TimelineEntry({ item }: { item: FindingListItem }) {
  const t = useTranslations("Findings");
  const jurisdiction = useJurisdictionName();
  // A plain link: fifty client-side <Link>s (each a component with its props in the page's payload)
  // made the timeline page several times heavier to render and send, for a prefetch nobody needs.
  const href = localizedPath(useLocale() as Locale, "/findings/[id]", { id: item.id });
  return (
    <li className="finding-entry">
      <h3>
        <a href={href}>
          <FindingTitle title={item.title} />
        </a>
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
