import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Link } from "@/lib/i18n/navigation";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { getPublicCampaign } from "@/server/campaigns/get-public-campaign";
import { publicContext } from "@/server/context";
import { openWriterLinkAction } from "../../link-actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string; token: string }>; searchParams: Promise<{ expired?: string }> };

export const generateMetadata = translatedTitle("Write", "openTitle", { private: true });

/**
 * Where an emailed writer link lands. Opening it changes nothing: only the button spends the link
 * (mail scanners follow links; they do not press buttons).
 */
export default async function OpenWriterLinkPage({ params, searchParams }: Props) {
  const { locale, slug, token } = await params;
  if (!isLocale(locale)) notFound();
  const campaign = await getPublicCampaign(publicContext, slug, locale);
  if (!campaign) notFound();
  const [t, { expired }] = await Promise.all([getTranslations({ locale, namespace: "Write" }), searchParams]);
  return (
    <section aria-labelledby="open-heading" className="stack">
      <h1 id="open-heading">{t("openTitle")}</h1>
      {expired ? (
        <>
          <p role="alert">{t("openExpired")}</p>
          <p>
            <Link href={{ pathname: "/campaigns/[slug]/write", params: { slug } }}>{t("askAgain")}</Link>
          </p>
        </>
      ) : (
        <form action={openWriterLinkAction.bind(null, slug, locale, token)} className="stack">
          <p>{t("openBody", { title: campaign.title })}</p>
          <button type="submit">{t("openButton")}</button>
        </form>
      )}
    </section>
  );
}
