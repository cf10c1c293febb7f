import { Text } from "@react-email/text";
import { z } from "zod";
import { LetterText } from "./components/letter-text";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const letterProps = z.object({
  subject: z.string().min(1).max(200),
  body: z.string().min(1).max(10_000),
  supporterName: z.string().min(1).max(120),
  ridingName: z.string().max(200).nullable(),
  postalCode: z.string().max(10).nullable(),
});
export type LetterProps = z.infer<typeof letterProps>;

export const letterSubject = (_locale: Locale, props: LetterProps) => props.subject;

/**
 * A supporter's letter to a representative or an organisation: their words as plain paragraphs
 * (never markup), then who sent it and how to answer them (Reply-To is the supporter).
 */
export function LetterEmail({ body, supporterName, ridingName, postalCode, locale, sender }: LetterProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={body.slice(0, 90)} sender={sender} t={t}>
      <LetterText body={body} />
      <Text style={{ color: "#4a4a55", fontSize: "13px" }}>
        {ridingName ? t("Letter.sentByConstituent", { name: supporterName, riding: ridingName, postalCode: postalCode ?? "", organisation: sender.name }) : t("Letter.sentBy", { name: supporterName, organisation: sender.name })}
      </Text>
    </EmailLayout>
  );
}

LetterEmail.PreviewProps = {
  subject: "Please support a moratorium on police facial recognition",
  body: "Dear Ms. Lachance,\n\nIn 2021 four privacy commissioners found that Clearview AI's collection of images was mass surveillance.\n\nSincerely,\nAmélie Tremblay",
  supporterName: "Amélie Tremblay",
  ridingName: "Ottawa Centre",
  postalCode: "K1P 5G4",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies LetterProps & { locale: Locale; sender: SenderIdentity };
