import { LocalMailboxHint } from "@/components/local-mailbox-hint";
import type { Locale } from "@/lib/i18n/routing";
import { MyDataRequestFields } from "./my-data-request-fields";
import { requestMyDataLinkAction } from "./request-my-data-link-action";

/**
 * "Email me a link to my data", with its server action: on /my-data and on the privacy page. The
 * answer is the same for any address; on a Chorus tried locally it says where the email landed.
 */
export function MyDataRequestForm({ locale }: { locale: Locale }) {
  return <MyDataRequestFields action={requestMyDataLinkAction} whenSent={<LocalMailboxHint locale={locale} />} />;
}
