import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { CampaignCard as Card } from "@/server/campaigns/list-live-campaigns";

export async function CampaignCard({ campaign }: { campaign: Card }) {
  const t = await getTranslations("Home");
  return (
    <article className="card">
      <h3>
        <Link href={{ pathname: "/campaigns/[slug]", params: { slug: campaign.slug } }}>{campaign.title}</Link>
      </h3>
      <p>{campaign.summary}</p>
      <p className="muted">{t("goal", { goal: campaign.goal })}</p>
    </article>
  );
}
