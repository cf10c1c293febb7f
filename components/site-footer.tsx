import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { organisation as getOrganisation } from "@/server/public-pages/public-reads";
import { organisationName } from "@/lib/i18n/organisation-name";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, organisation] = await Promise.all([getTranslations({ locale, namespace: "Layout" }), getOrganisation()]);
  return (
    <footer className="site-footer">
      <div className="container">
        {organisation && (
          <>
            <p>{t("footerRunBy", { organisation: organisationName(organisation, locale) })}</p>
            <p>{t("footerAddress", { address: organisation.mailingAddress })}</p>
            <p>{t("footerContact", { email: organisation.contactEmail })}</p>
          </>
        )}
        <p>{t("footerPrivacy")}</p>
        <p>{t(env().REPRESENT_URL === "off" ? "footerPostalLocal" : "footerPostalRepresent")}</p>
      </div>
    </footer>
  );
}
