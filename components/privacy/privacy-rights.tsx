import { getTranslations } from "next-intl/server";
import { organisationName } from "@/lib/i18n/organisation-name";
import type { Locale } from "@/lib/i18n/routing";
import type { PrivacyFacts } from "@/server/privacy/describe-privacy";
import { MyDataRequestForm } from "./my-data-request-form";

/** The rights a supporter has, the form that starts each of them (a link to their data), and who to write to. */
export async function PrivacyRights({ locale, facts }: { locale: Locale; facts: PrivacyFacts }) {
  const t = await getTranslations({ locale, namespace: "privacy" });
  const organisation = facts.organisation;
  return (
    <>
      <section aria-labelledby="privacy-rights" className="stack">
        <h2 id="privacy-rights">{t("rights.title")}</h2>
        <ul>
          <li>{t("rights.access", { days: facts.accessAnswerDays })}</li>
          <li>{t("rights.export")}</li>
          <li>{t("rights.correct")}</li>
          <li>{t("rights.withdraw")}</li>
          <li>{t("rights.erase")}</li>
        </ul>
        <p>{t("rights.ask")}</p>
        <MyDataRequestForm locale={locale} />
      </section>
      <section aria-labelledby="privacy-contact" className="stack">
        <h2 id="privacy-contact">{t("contact.title")}</h2>
        {organisation ? (
          <address className="stack">
            <p>{t("contact.who", { organisation: organisationName(organisation, locale) })}</p>
            <p>{t.rich("contact.email", { email: organisation.contactEmail, mail: (chunks) => <a href={`mailto:${organisation.contactEmail}`}>{chunks}</a> })}</p>
            <p>{t("contact.address", { address: organisation.mailingAddress })}</p>
          </address>
        ) : (
          <p>{t("contact.none")}</p>
        )}
        <p>{t("contact.commissioner")}</p>
      </section>
    </>
  );
}
