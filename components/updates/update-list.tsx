import { useTranslations } from "next-intl";
import type { SourceFinding } from "./update-sources";
import { UpdateArticle } from "./update-article";
import type { PublishedUpdate } from "@/server/updates/list-published-updates";

/** A page of updates in full, newest first, with a link to the next (older) page; says so when there are none. */
export function UpdateList({ updates, findings, showCampaign, olderHref }: { updates: PublishedUpdate[]; findings: Map<string, SourceFinding>; showCampaign?: boolean; olderHref: string | null }) {
  const t = useTranslations("Updates");
  if (updates.length === 0) return <p>{t("empty")}</p>;
  return (
    <>
      {updates.map((update) => (
        <UpdateArticle key={update.id} update={update} findings={findings} headingLevel={2} linkTitle showCampaign={showCampaign} />
      ))}
      {olderHref && (
        <p>
          <a href={olderHref}>{t("older")}</a>
        </p>
      )}
    </>
  );
}
