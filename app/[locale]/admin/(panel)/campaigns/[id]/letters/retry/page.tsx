import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { staffContext } from "@/server/context";
import { previewLetterRetry } from "@/server/letters/preview-letter-retry";
import { retryFailedLettersAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ target?: string }> };

export const generateMetadata = translatedTitle("Admin.LetterRetry", "title", { private: true });

/**
 * The confirmation step of a retry, like a campaign's change of state: it says how many failed
 * letters (of the campaign, or to one recipient) would go again and how many would be skipped,
 * and only its button queues them.
 */
export default async function RetryLettersPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/letters/retry");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const campaign = await getCampaignForEditing(ctx, id);
  if (!campaign) notFound();
  const [t, { target }] = await Promise.all([getTranslations({ locale, namespace: "Admin.LetterRetry" }), searchParams]);
  const preview = await previewLetterRetry(ctx, { campaignId: id, target });
  if (!preview) notFound();
  return (
    <>
      <h1>{t("title")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]/letters", params: { id } }}>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</Link>
      </p>
      <p>{target ? t("scopeTarget", { name: preview.targetName ?? target }) : t("scopeAll")}</p>
      <p>{t("willRetry", { count: preview.retryable })}</p>
      {preview.skipped > 0 && <p>{t("willSkip", { count: preview.skipped })}</p>}
      {preview.retryable > 0 ? (
        <form action={asFormAction(retryFailedLettersAction)} className="stack narrow">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="campaignId" value={id} />
          <input type="hidden" name="target" value={target ?? ""} />
          <p className="hint">{t("how")}</p>
          <button type="submit">{t("confirm", { count: preview.retryable })}</button>
        </form>
      ) : (
        <p>
          <Link href={{ pathname: "/admin/campaigns/[id]/letters", params: { id } }}>{t("back")}</Link>
        </p>
      )}
    </>
  );
}
