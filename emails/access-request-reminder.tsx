import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import { formatCalendarDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/routing";

export const accessRequestReminderProps = z.object({ organisation: z.string().min(1).max(300), sentOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
export type AccessRequestReminderProps = z.infer<typeof accessRequestReminderProps>;

export const accessRequestReminderSubject = (locale: Locale, props: AccessRequestReminderProps) => emailTranslator(locale)("AccessRequestReminder.subject", { organisation: props.organisation });

/** Thirty days on: has the organisation answered? If not, what the supporter can do next. */
export function AccessRequestReminderEmail({ organisation, sentOn, locale, sender }: AccessRequestReminderProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("AccessRequestReminder.subject", { organisation })} sender={sender} t={t}>
      <Text>{t("AccessRequestReminder.body", { organisation, date: formatCalendarDate(sentOn, locale) })}</Text>
      <Text>{t("AccessRequestReminder.next")}</Text>
    </EmailLayout>
  );
}

AccessRequestReminderEmail.PreviewProps = {
  organisation: "FaceMatch, Inc. (privacy office)",
  sentOn: "2026-11-22",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies AccessRequestReminderProps & { locale: Locale; sender: SenderIdentity };
