import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { CampaignEditor } from "@/components/admin/campaign-editor";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { Link } from "@/lib/i18n/navigation";
import { toFormValues } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/routing";
import { zoneName } from "@/lib/time/panel-date";
import { toZonedInput } from "@/lib/time/zoned-time";
import { staffPage } from "@/server/auth/staff-page";
import { transitions } from "@/server/campaigns/admin/change-campaign-status";
import { getCampaignForEditing } from "@/server/campaigns/admin/get-campaign-for-editing";
import { listFindingChoices } from "@/server/campaigns/admin/list-finding-choices";
import { staffContext } from "@/server/context";
import { retentionPolicy } from "@/server/retention/policy";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { saveCampaignAction } from "../actions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export const generateMetadata = translatedTitle("Admin.Campaigns", "edit", { private: true });

export default async function EditCampaignPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/[id]");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const campaign = await getCampaignForEditing(ctx, id);
  if (!campaign) notFound();
  const [t, query, findingChoices, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Campaigns" }), searchParams, listFindingChoices(ctx, id), getTimeZone()]);
  const { opensAt, closesAt, consentVersion: _version, createdAt: _created, updatedAt: _updated, ...rest } = campaign;
  const findings = findingChoices.filter((choice) => choice.chosen).map((choice) => choice.id);
  const values = toFormValues({ ...rest, milestones: campaign.milestones.join(", "), opensAt: toZonedInput(opensAt, zone), closesAt: toZonedInput(closesAt, zone), findings });
  return (
    <>
      <h1>{locale === "fr" ? campaign.titleFr : campaign.titleEn}</h1>
      {query.created && (
        <p role="status" className="notice">
          {t("created")}
        </p>
      )}
      {query.status === "changed" && (
        <p role="status" className="notice">
          {t("statusChanged", { state: t(`states.${campaign.status}`) })}
        </p>
      )}
      <p>
        {t("currentState")} <span className={`badge badge-${campaign.status}`}>{t(`states.${campaign.status}`)}</span>{" "}
        {transitions[campaign.status].map((to) => (
          <Link key={to} className="button secondary" href={{ pathname: "/admin/campaigns/[id]/status", params: { id }, query: { to } }}>
            {t(`transitions.${to}`)}
          </Link>
        ))}
      </p>
      <nav aria-label={t("campaignNav")} className="subnav">
        <Link href={{ pathname: "/admin/campaigns/[id]/signatures", params: { id } }}>{t("signaturesLink")}</Link>
        <Link href={{ pathname: "/admin/campaigns/[id]/letters", params: { id } }}>{t("lettersLink")}</Link>
        <Link href={{ pathname: "/admin/campaigns/[id]/updates", params: { id } }}>{t("updatesLink")}</Link>
        <Link href={{ pathname: "/admin/campaigns/[id]/preview", params: { id } }}>{t("previewLink")}</Link>
        {(campaign.status === "live" || campaign.status === "closed") && <Link href={{ pathname: "/campaigns/[slug]", params: { slug: campaign.slug } }}>{t("publicPage")}</Link>}
      </nav>
      <p className="muted">{t("consentVersion", { version: campaign.consentVersion })}</p>
      <CampaignEditor action={saveCampaignAction} values={values} slugLocked={campaign.status !== "draft"} locale={locale} campaignId={id} findingChoices={findingChoices} zone={zoneName(locale, zone)} defaultSignerMonths={retentionPolicy().signersMonths} />
    </>
  );
}
