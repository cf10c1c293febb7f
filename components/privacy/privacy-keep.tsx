import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { PrivacyFacts } from "@/server/privacy/describe-privacy";

/** How long each kind is kept: the figures of the retention policy in force, the ones the daily job applies. */
export async function PrivacyKeep({ locale, retention, campaignPeriods }: { locale: Locale } & Pick<PrivacyFacts, "retention" | "campaignPeriods">) {
  const t = await getTranslations({ locale, namespace: "privacy.keep" });
  return (
    <section aria-labelledby="privacy-keep" className="stack">
      <h2 id="privacy-keep">{t("title")}</h2>
      <ul className="retention-periods">
        <li>{t("unconfirmed", { days: retention.unconfirmedDays })}</li>
        <li>{t("fraudulent", { days: retention.fraudulentDays })}</li>
        <li>
          {t("signers", { months: retention.signersMonths })}
          {campaignPeriods.length > 0 && (
            <>
              {" "}
              {t("campaigns")}
              <ul>
                {campaignPeriods.map((campaign) => (
                  <li key={campaign.slug}>{t("campaign", { title: localized({ en: campaign.titleEn, fr: campaign.titleFr }, locale), months: campaign.months })}</li>
                ))}
              </ul>
            </>
          )}
        </li>
        <li>{t("subscribers")}</li>
        <li>{t("emailBodies", { days: retention.emailBodyDays })}</li>
        <li>{t("deliveries", { months: retention.deliveryMonths })}</li>
        <li>{t("webhooks", { days: retention.webhookDays })}</li>
        <li>{t("links")}</li>
        <li>{t("consent")}</li>
      </ul>
      <p>{t("daily")}</p>
    </section>
  );
}
