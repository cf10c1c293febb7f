import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PreviewBanner } from "@/components/admin/preview-banner";
import { Forbidden } from "@/components/forbidden";
import { UpdateArticle } from "@/components/updates/update-article";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { previewUpdate } from "@/server/updates/admin/preview-update";
import { loadCitedFindings } from "@/server/updates/load-cited-findings";

type Props = { params: Promise<{ locale: string; id: string; updateId: string }> };

// Private (noindex) and rendered per request for a signed-in editor: never cached for the public.
export const generateMetadata = translatedTitle("Admin.Preview", "updateTitle", { private: true });

/** An update, draft or scheduled included, exactly as its public page will show it, marked as a preview. */
export default async function UpdatePreviewPage({ params }: Props) {
  const { locale, id, updateId } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/updates/[updateId]/preview");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const update = await previewUpdate(ctx, id, updateId);
  if (!update) notFound();
  const [t, tu, findings] = await Promise.all([getTranslations({ locale, namespace: "Admin.Preview" }), getTranslations({ locale, namespace: "Admin.Updates" }), loadCitedFindings(ctx, update.citedIds)]);
  return (
    <>
      <PreviewBanner locale={locale} state={tu(`states.${update.status}`)}>
        <Link href={{ pathname: "/admin/campaigns/[id]/updates/[updateId]", params: { id, updateId } }}>{t("backToEditor")}</Link>
        {update.visible && (
          <>
            {" · "}
            <Link href={{ pathname: "/campaigns/[slug]/updates/[id]", params: { slug: update.campaign.slug, id: updateId } }}>{t("publicPage")}</Link>
          </>
        )}
      </PreviewBanner>
      <UpdateArticle update={update} findings={findings} headingLevel={1} />
    </>
  );
}
