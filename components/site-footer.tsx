import { getTranslations } from "next-intl/server";
import { env } from "@/lib/env";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { organisation as getOrganisation } from "@/server/public-pages/public-reads";
import { organisationName } from "@/lib/i18n/organisation-name";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const [t, tp, organisation] = await Promise.all([getTranslations({ locale, namespace: "Layout" }), getTranslations({ locale, namespace: "privacy" }), getOrganisation()]);
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
        <p>
          {t("footerPrivacy")}{" "}
          <Link href="/privacy" locale={locale}>
            {tp("footerLink")}
          </Link>
        </p>
        <p>{t(env().REPRESENT_URL === "off" ? "footerPostalLocal" : "footerPostalRepresent")}</p>
      </div>
    </footer>
  );
}
