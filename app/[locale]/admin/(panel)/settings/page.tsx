import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/forbidden";
import { SettingsForm } from "@/components/admin/settings-form";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { DEFAULT_TIME_ZONE } from "@/lib/time/zoned-time";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { getSettings } from "@/server/organisation/get-settings";
import { saveSettingsAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.Settings", "title", { private: true });

export default async function SettingsPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/settings");
  if (!actor) return <Forbidden />;
  const [t, settings] = await Promise.all([getTranslations({ locale, namespace: "Admin.Settings" }), getSettings(staffContext(actor))]);
  const values = {
    name: settings?.name ?? "",
    nameFr: settings?.nameFr ?? "",
    mailingAddress: settings?.mailingAddress ?? "",
    contactEmail: settings?.contactEmail ?? "",
    fromAddress: settings?.fromAddress ?? "",
    replyTo: settings?.replyTo ?? "",
    defaultLocale: settings?.defaultLocale ?? "en",
    timeZone: settings?.timeZone ?? DEFAULT_TIME_ZONE,
  };
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SettingsForm action={saveSettingsAction} values={values} timeZones={Intl.supportedValuesOf("timeZone")} />
    </>
  );
}
