import { getTranslations } from "next-intl/server";
import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import type { Locale } from "@/lib/i18n/routing";
import { MyDataRequestFields, type MyDataRequestTexts } from "./my-data-request-fields";
import { requestMyDataLinkAction } from "./request-my-data-link-action";

/**
 * "Email me a link to my data", with its server action: on /my-data and on the privacy page. The
 * answer is the same for any address; on a Chorus tried locally it says where the email landed.
 * Its texts are translated here, on the server, so that no page ships the namespace to the browser.
 */
export async function MyDataRequestForm({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "myDataRequest" });
  const texts: MyDataRequestTexts = {
    email: t("email"),
    emailHint: t("emailHint"),
    button: t("button"),
    sent: t("sent"),
    errors: { emailInvalid: t("errors.emailInvalid"), tooMany: t("errors.tooMany"), unavailable: t("errors.unavailable") },
  };
  return <MyDataRequestFields action={requestMyDataLinkAction} texts={texts} whenSent={<LocalMailboxHint locale={locale} />} />;
}
