import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Text } from "@react-email/text";
import { z } from "zod";
import { LetterText } from "./components/letter-text";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

const letter = z.object({
  supporterName: z.string().min(1).max(120),
  supporterEmail: z.email(),
  ridingName: z.string().max(200).nullable(),
  postalCode: z.string().max(10).nullable(),
  subject: z.string().min(1).max(200),
  body: z.string().min(1).max(10_000),
});

export const letterDigestProps = z.object({
  campaignTitle: z.string().min(1).max(200),
  letters: z.array(letter).min(1).max(200),
});
export type LetterDigestProps = z.infer<typeof letterDigestProps>;

export const letterDigestSubject = (locale: Locale, props: LetterDigestProps) => emailTranslator(locale)("LetterDigest.subject", { count: props.letters.length, campaign: props.campaignTitle });

/**
 * Many constituents' letters to one recipient in one message (digest mode): each letter whole, with
 * who wrote it and the address to answer them at, as plain text.
 */
export function LetterDigestEmail({ campaignTitle, letters, locale, sender }: LetterDigestProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("LetterDigest.intro", { count: letters.length, campaign: campaignTitle, organisation: sender.name })} sender={sender} t={t}>
      <Text>{t("LetterDigest.intro", { count: letters.length, campaign: campaignTitle, organisation: sender.name })}</Text>
      {letters.map((item, index) => (
        <div key={index}>
          <Hr />
          <Heading as="h2" style={{ fontSize: "16px" }}>
            {t("LetterDigest.from", { name: item.supporterName, email: item.supporterEmail })}
            {item.ridingName ? ` — ${item.ridingName}${item.postalCode ? ` (${item.postalCode})` : ""}` : ""}
          </Heading>
          <Text style={{ fontWeight: 600 }}>{item.subject}</Text>
          <LetterText body={item.body} />
        </div>
      ))}
    </EmailLayout>
  );
}

LetterDigestEmail.PreviewProps = {
  campaignTitle: "A moratorium on police facial recognition",
  letters: [{ supporterName: "Amélie Tremblay", supporterEmail: "amelie@example.org", ridingName: "Ottawa Centre", postalCode: "K1P 5G4", subject: "Please support a moratorium", body: "Dear Ms. Lachance,\n\nPlease act.\n\nAmélie Tremblay" }],
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies LetterDigestProps & { locale: Locale; sender: SenderIdentity };
