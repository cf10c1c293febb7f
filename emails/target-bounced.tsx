import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const targetBouncedProps = z.object({ targetName: z.string().min(1).max(300), address: z.email() });
export type TargetBouncedProps = z.infer<typeof targetBouncedProps>;

export const targetBouncedSubject = (locale: Locale, props: TargetBouncedProps) => emailTranslator(locale)("TargetBounced.subject", { name: props.targetName });

/** To organisers: a recipient's address bounced a letter, so Chorus stopped writing to it. */
export function TargetBouncedEmail({ targetName, address, locale, sender }: TargetBouncedProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("TargetBounced.subject", { name: targetName })} sender={sender} t={t}>
      <Heading as="h1">{t("TargetBounced.subject", { name: targetName })}</Heading>
      <Text>{t("TargetBounced.body", { name: targetName, address })}</Text>
      <Text>{t("TargetBounced.todo")}</Text>
    </EmailLayout>
  );
}

TargetBouncedEmail.PreviewProps = {
  targetName: "Priya Lachance",
  address: "priya.lachance@parl.example",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies TargetBouncedProps & { locale: Locale; sender: SenderIdentity };
