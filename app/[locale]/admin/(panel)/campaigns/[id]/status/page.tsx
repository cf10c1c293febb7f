import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Choice, FieldError } from "@/components/admin/form/fields";
import { PanelForm } from "@/components/admin/form/panel-form";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { transitions } from "@/server/campaigns/admin/change-campaign-status";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { staffContext } from "@/server/context";
import { changeStatusAction } from "../../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Campaigns", "changeState", { private: true });

/** Every change of state is confirmed on its own page, which says what the change will do. */
export default async function CampaignStatusPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]/status");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const campaign = await getCampaignForEditing(ctx, id);
  if (!campaign) notFound();
  const [t, query] = await Promise.all([getTranslations({ locale, namespace: "Admin.Campaigns" }), searchParams]);
  const to = transitions[campaign.status].find((state) => state === query.to);
  const title = locale === "fr" ? campaign.titleFr : campaign.titleEn;
  return (
    <>
      <h1>{t("changeState")}</h1>
      <p>
        <Link href={{ pathname: "/admin/campaigns/[id]", params: { id } }}>{title}</Link> · {t("currentState")} <span className={`badge badge-${campaign.status}`}>{t(`states.${campaign.status}`)}</span>
      </p>
      {!to ? (
        <p>{t("errors.notAllowed")}</p>
      ) : (
        <PanelForm action={changeStatusAction} initial={{}} namespace="Admin.Campaigns" labels={{ confirm: t("confirmLabel") }} className="stack narrow">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="campaignId" value={id} />
          <input type="hidden" name="to" value={to} />
          <p>{t(`consequences.${to}`)}</p>
          <label className="choice">
            <Choice type="checkbox" name="confirm" value="yes" id="confirm" /> {t("confirmChange", { title, state: t(`states.${to}`) })}
          </label>
          <FieldError name="confirm" />
          <button type="submit">{t(`transitions.${to}`)}</button>
        </PanelForm>
      )}
    </>
  );
}
