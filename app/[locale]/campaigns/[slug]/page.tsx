import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/markdown";
import { isLocale } from "@/lib/i18n/routing";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

async function load({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const campaign = await getPublicCampaign(slug, locale);
  if (!campaign) notFound();
  return { locale, campaign };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { campaign } = await load(props);
  return { title: campaign.title, description: campaign.summary };
}

export default async function CampaignPage(props: Props) {
  const { locale, campaign } = await load(props);
  const t = await getTranslations({ locale, namespace: "Campaign" });
  const notYetOpen = campaign.opensAt !== null && campaign.opensAt > new Date();
  return (
    <article className="campaign">
      <header>
        <h1>{campaign.title}</h1>
        <p className="lead">{campaign.summary}</p>
      </header>
      <section aria-labelledby="demand-heading" className="demand">
        <h2 id="demand-heading">{t("demandHeading")}</h2>
        <p>{campaign.demand}</p>
        <h3>{t("targetHeading")}</h3>
        <p>{campaign.target}</p>
        <p>{t("goal", { goal: campaign.goal })}</p>
        {campaign.open && campaign.closesAt && <p>{t("closes", { date: campaign.closesAt })}</p>}
        {!campaign.open && notYetOpen && campaign.opensAt && <p>{t("notOpenYet", { date: campaign.opensAt })}</p>}
        {!campaign.open && !notYetOpen && <p role="status">{t("closed")}</p>}
      </section>
      <Markdown source={campaign.body} />
    </article>
  );
}
