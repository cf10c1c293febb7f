import { getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries";
import type { Locale } from "@/lib/i18n/routing";
import type { PendingDetails } from "@/server/signatures/get-confirmation-link";

/**
 * What the confirmation button confirms: the details of the latest signing of this address, and
 * the wording agreed to by pressing it. Whoever holds the link sees them before consenting, so a
 * stranger's earlier signing in their name cannot slip through unseen.
 */
export async function ConfirmDetails({ details, locale }: { details: PendingDetails; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "ConfirmPage" });
  return (
    <div className="notice stack">
      <h2>{t("detailsHeading")}</h2>
      <dl>
        <dt>{t("detailsName")}</dt>
        <dd>{details.name}</dd>
        {details.postalCode ? (
          <>
            <dt>{t("detailsPostalCode")}</dt>
            <dd>{details.postalCode}</dd>
          </>
        ) : (
          <>
            <dt>{t("detailsCountry")}</dt>
            <dd>{countryName(details.country, locale)}</dd>
          </>
        )}
        <dt>{t("detailsPetition")}</dt>
        <dd>{details.petitionWording}</dd>
        <dt>{t("detailsUpdates")}</dt>
        <dd>{details.updatesWording ?? t("detailsNoUpdates")}</dd>
      </dl>
      <p>{t("notYou")}</p>
    </div>
  );
}
