import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { LetterText } from "./components/letter-text";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const lettersCopyProps = z.object({
  campaignTitle: z.string().min(1).max(200),
  letters: z
    .array(z.object({ to: z.string().min(1).max(300), subject: z.string().min(1).max(200), body: z.string().min(1).max(10_000) }))
    .min(1)
    .max(20),
});
export type LettersCopyProps = z.infer<typeof lettersCopyProps>;

export const lettersCopySubject = (locale: Locale, props: LettersCopyProps) => emailTranslator(locale)("LettersCopy.subject", { count: props.letters.length, campaign: props.campaignTitle });

/** The supporter's copy of the letters they sent: each one whole, as its recipient reads it. */
export function LettersCopyEmail({ campaignTitle, letters, locale, sender }: LettersCopyProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  const intro = t("LettersCopy.intro", { count: letters.length, campaign: campaignTitle, organisation: sender.name });
  return (
    <EmailLayout locale={locale} preview={intro} sender={sender} t={t}>
      <Text>{intro}</Text>
      {letters.map((letter, index) => (
        <div key={index}>
          <Hr />
          <Heading as="h2" style={{ fontSize: "16px" }}>
            {t("LettersCopy.to", { name: letter.to })}
          </Heading>
          <Text style={{ fontWeight: 600 }}>{t("LettersCopy.subjectLine", { subject: letter.subject })}</Text>
          <LetterText body={letter.body} />
        </div>
      ))}
      <Hr />
      <Text>{t("LettersCopy.replies")}</Text>
    </EmailLayout>
  );
}

LettersCopyEmail.PreviewProps = {
  campaignTitle: "A moratorium on police facial recognition",
  letters: [
    { to: "Priya Lachance", subject: "Please support a moratorium", body: "Dear Priya Lachance,\n\nAs your constituent in Ottawa Centre, I ask you to act.\n\nSincerely,\nAmélie Tremblay" },
    { to: "Office of the Privacy Commissioner of Canada", subject: "Please support a moratorium", body: "Dear Commissioner,\n\nPlease act.\n\nSincerely,\nAmélie Tremblay" },
  ],
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies LettersCopyProps & { locale: Locale; sender: SenderIdentity };
