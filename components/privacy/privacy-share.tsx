import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { PrivacyFacts } from "@/server/privacy/describe-privacy";

/** Who else receives personal data, and what is never collected: from the mail transport, the Represent switch, the content security policy and the cookies' lifetimes. */
export async function PrivacyShare({ locale, facts }: { locale: Locale; facts: PrivacyFacts }) {
  const t = await getTranslations({ locale, namespace: "privacy" });
  return (
    <>
      <section aria-labelledby="privacy-share" className="stack">
        <h2 id="privacy-share">{t("share.title")}</h2>
        <ul>
          <li className="mail-processor">{t(facts.mail === "resend" ? "share.resend" : "share.outbox")}</li>
          <li className="postal-lookup">{facts.represent ? t("share.represent", { host: facts.represent }) : t("share.noRepresent")}</li>
          {facts.offers.letters && <li>{t("share.letters")}</li>}
          <li>{t("share.staff")}</li>
        </ul>
      </section>
      <section aria-labelledby="privacy-never" className="stack">
        <h2 id="privacy-never">{t("never.title")}</h2>
        <ul>
          <li>{t("never.ip")}</li>
          <li>{facts.thirdParties.length === 0 ? t("never.noThirdParty") : t("never.thirdParties", { sources: facts.thirdParties.join(", ") })}</li>
          <li>
            {t("never.cookies")}
            <ul>
              <li>{t("never.writerCookie", { minutes: facts.cookies.letterWriterMinutes })}</li>
              <li>{t("never.myDataCookie", { minutes: facts.cookies.myDataMinutes })}</li>
              <li>{t("never.languageCookie")}</li>
              <li>{t("never.staffCookie")}</li>
            </ul>
          </li>
        </ul>
      </section>
    </>
  );
}
