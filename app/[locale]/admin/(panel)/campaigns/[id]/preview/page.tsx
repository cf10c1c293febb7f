import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PreviewBanner } from "@/components/admin/preview-banner";
import { CampaignView } from "@/components/campaign-view";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { previewCampaign } from "@/server/campaigns/admin/preview-campaign";
import { staffContext } from "@/server/context";
import { signAction } from "@/app/[locale]/campaigns/[slug]/actions";

type Props = { params: Promise<{ locale: string; id: string }> };

// Private (noindex) and rendered per request for a signed-in editor: never cached for the public.
export const generateMetadata = translatedTitle("Admin.Preview", "campaignTitle", { private: true });

/** A campaign, draft included, exactly as its public page will show it, marked as a preview. */
export default async function CampaignPreviewPage({ params }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/preview");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const campaign = await previewCampaign(ctx, id, locale);
  if (!campaign) notFound();
  const [t, ts] = await Promise.all([getTranslations({ locale, namespace: "Admin.Preview" }), getTranslations({ locale, namespace: "Admin.Campaigns" })]);
  return (
    <>
      <PreviewBanner locale={locale} state={ts(`states.${campaign.status}`)}>
        <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{t("backToEditor")}</Link>
        {campaign.isPublic && (
          <>
            {" · "}
            <Link href={{ pathname: "/campaigns/[slug]", params: { slug: campaign.slug } }}>{t("publicPage")}</Link>
          </>
        )}
      </PreviewBanner>
      <CampaignView campaign={campaign} locale={locale} signAction={signAction.bind(null, campaign.slug, locale)} preview />
    </>
  );
}
