import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CampaignCard } from "@/components/campaign-card";
import { isLocale } from "@/lib/i18n/routing";
import { liveCampaigns } from "@/server/public-pages/public-reads";

// Rendered per request (its scripts carry the response's CSP nonce); the list of open campaigns
// comes from a five-second memo (server/public-pages), so a view costs at most one cached read.

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, meta] = await Promise.all([getTranslations({ locale, namespace: "Home" }), getTranslations({ locale, namespace: "Meta" })]);
  // The layout's title template only reaches deeper segments, not this page beside it.
  return { title: { absolute: `${t("title")} · ${meta("siteName")}` } };
}

export default async function HomePage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  setRequestLocale(locale);
  const [t, campaigns] = await Promise.all([getTranslations({ locale, namespace: "Home" }), liveCampaigns(locale)]);
  return (
    <>
      <section className="hero" aria-labelledby="home-heading">
        <h1 id="home-heading">{t("heading")}</h1>
        <p className="lead">{t("intro")}</p>
      </section>
      <section aria-labelledby="live-heading">
        <h2 id="live-heading">{t("liveHeading")}</h2>
        {campaigns.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <ul className="card-list">
            {campaigns.map((campaign) => (
              <li key={campaign.slug}>
                <CampaignCard campaign={campaign} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
