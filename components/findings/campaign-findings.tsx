import { getTranslations } from "next-intl/server";
import { campaignFindings } from "@/server/public-pages/public-reads";
import { FindingLinkList } from "./finding-link-list";

/** "What this campaign stands on": the findings its organisers chose, each linked to its page; nothing when none. */
export async function CampaignFindings({ campaignId }: { campaignId: string }) {
  const [t, items] = await Promise.all([getTranslations("Campaign"), campaignFindings(campaignId)]);
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="stands-on-heading" className="stands-on">
      <h2 id="stands-on-heading">{t("standsOnHeading")}</h2>
      <p className="muted">{t("standsOnIntro")}</p>
      <FindingLinkList items={items} />
    </section>
  );
}
