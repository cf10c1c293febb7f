import { getTranslations } from "next-intl/server";
import { CampaignEditor } from "@/components/admin/campaign-editor";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { toFormValues } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/routing";
import { staffPage } from "@/server/auth/staff-page";
import { listFindingChoices } from "@/server/campaigns/admin/list-finding-choices";
import { staffContext } from "@/server/context";
import { retentionPolicy } from "@/server/retention/policy";
import { getOrganisation } from "@/server/organisation/get-organisation";
import { getTimeZone } from "@/server/organisation/get-time-zone";
import { zoneName } from "@/lib/time/panel-date";
import { saveCampaignAction } from "../actions";
import { organisationName } from "@/lib/i18n/organisation-name";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.Campaigns", "create", { private: true });

export default async function NewCampaignPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/campaigns/new");
  if (!actor) return <Forbidden />;
  const ctx = staffContext(actor);
  const [t, settings, findingChoices, zone] = await Promise.all([getTranslations({ locale, namespace: "Admin.Campaigns" }), getOrganisation(), listFindingChoices(ctx, null), getTimeZone()]);
  // A new petition starts from the organisation's name in its consent wording, which organisers adapt.
  const values = toFormValues({
    consentEn: t("defaultConsentEn", { organisation: settings ? organisationName(settings, "en") : "" }),
    consentFr: t("defaultConsentFr", { organisation: settings ? organisationName(settings, "fr") : "" }),
    goal: "1000",
    milestones: "25, 50, 75, 100",
    petitionEnabled: true,
  });
  return (
    <>
      <h1>{t("create")}</h1>
      <CampaignEditor action={saveCampaignAction} values={values} slugLocked={false} locale={locale} findingChoices={findingChoices} zone={zoneName(locale, zone)} defaultSignerMonths={retentionPolicy().signersMonths} />
    </>
  );
}
