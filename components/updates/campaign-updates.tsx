import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { citedFindings, publishedUpdates } from "@/server/public-pages/public-reads";
import { UpdateArticle } from "./update-article";

// The campaign page shows the latest few in full; the rest are one link away.
const ON_CAMPAIGN_PAGE = 3;

/** A campaign page's "Updates": its newest public updates in full, and a link to all of them; nothing when none. */
export async function CampaignUpdates({ campaignId, slug }: { campaignId: string; slug: string }) {
  const [t, { updates }] = await Promise.all([getTranslations("Updates"), publishedUpdates({ campaignId, limit: ON_CAMPAIGN_PAGE })]);
  if (updates.length === 0) return null;
  const findings = await citedFindings(updates.flatMap((update) => update.citedIds));
  return (
    <section aria-labelledby="updates-heading" className="campaign-updates">
      <h2 id="updates-heading">{t("heading")}</h2>
      {updates.map((update) => (
        <UpdateArticle key={update.id} update={update} findings={findings} headingLevel={3} linkTitle />
      ))}
      <p>
        <Link href={{ pathname: "/campaigns/[slug]/updates", params: { slug } }}>{t("allUpdates")}</Link>
      </p>
    </section>
  );
}
