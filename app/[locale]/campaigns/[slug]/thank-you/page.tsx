import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ShareLinks } from "@/components/share-links";
import { env } from "@/lib/env";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { publicContext } from "@/server/context";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const generateMetadata = translatedTitle("Thanks", "title");

/** After confirming: the next thing to do is to bring someone else. */
export default async function ThankYouPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const campaign = await getPublicCampaign(publicContext, slug, locale);
  if (!campaign) notFound();
  const [t, counts] = await Promise.all([getTranslations({ locale, namespace: "Thanks" }), getSignatureCounts(campaign.id, { fresh: true })]);
  const url = `${env().APP_URL}${getPathname({ href: { pathname: "/campaigns/[slug]", params: { slug } }, locale })}`;
  return (
    <section aria-labelledby="thanks-heading">
      <h1 id="thanks-heading">{t("title")}</h1>
      <p className="lead">{t("body", { count: Math.max(counts.total, 1) })}</p>
      <h2>{t("next")}</h2>
      {campaign.lettersEnabled && (
        <p>
          {t("writeAsk")} <Link href={{ pathname: "/campaigns/[slug]/write", params: { slug } }}>{t("writeLink")}</Link>
        </p>
      )}
      <p>{t("shareAsk")}</p>
      <ShareLinks url={url} title={campaign.title} />
      <p>
        <Link href={{ pathname: "/campaigns/[slug]", params: { slug } }}>{t("back")}</Link>
      </p>
    </section>
  );
}
