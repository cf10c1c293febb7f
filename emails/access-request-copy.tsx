import { Text } from "@react-email/text";
import { z } from "zod";
import { LetterText } from "./components/letter-text";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import { formatCalendarDate } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/routing";

export const accessRequestCopyProps = z.object({
  organisation: z.string().min(1).max(300),
  subject: z.string().min(1).max(200),
  body: z.string().min(1).max(10_000),
  answerDue: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type AccessRequestCopyProps = z.infer<typeof accessRequestCopyProps>;

export const accessRequestCopySubject = (locale: Locale, props: AccessRequestCopyProps) => emailTranslator(locale)("AccessRequestCopy.subject", { organisation: props.organisation });

/** The supporter's copy of their data-access request: what was sent, to whom, and when the answer is due. */
export function AccessRequestCopyEmail({ organisation, subject, body, answerDue, locale, sender }: AccessRequestCopyProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("AccessRequestCopy.subject", { organisation })} sender={sender} t={t}>
      <Text>{t("AccessRequestCopy.intro", { organisation, date: formatCalendarDate(answerDue, locale) })}</Text>
      <Text style={{ fontWeight: 600 }}>{subject}</Text>
      <LetterText body={body} />
    </EmailLayout>
  );
}

AccessRequestCopyEmail.PreviewProps = {
  organisation: "FaceMatch, Inc. (privacy office)",
  subject: "Request for access to my personal information",
  body: "To the privacy officer,\n\nUnder PIPEDA, I ask for a copy of every image and biometric record you hold about me.\n\nAmélie Tremblay",
  answerDue: "2026-12-22",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies AccessRequestCopyProps & { locale: Locale; sender: SenderIdentity };
