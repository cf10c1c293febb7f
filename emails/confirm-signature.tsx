import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const confirmSignatureProps = z.object({
  name: z.string().min(1).max(120),
  campaignTitle: z.string().min(1),
  confirmUrl: z.url({ protocol: /^https?$/ }),
});
export type ConfirmSignatureProps = z.infer<typeof confirmSignatureProps>;

export const confirmSignatureSubject = (locale: Locale, props: ConfirmSignatureProps) => emailTranslator(locale)("Confirm.subject", { title: props.campaignTitle });

export function ConfirmSignatureEmail({ name, campaignTitle, confirmUrl, locale, sender }: ConfirmSignatureProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("Confirm.preview", { title: campaignTitle })} sender={sender} t={t}>
      <Text>{t("Confirm.greeting", { name })}</Text>
      <Heading as="h1">{campaignTitle}</Heading>
      <Text>{t("Confirm.body")}</Text>
      <Button href={confirmUrl} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {t("Confirm.button")}
      </Button>
      <Text>{t("Confirm.expiry")}</Text>
      <Text>{t("Confirm.ignore")}</Text>
    </EmailLayout>
  );
}

ConfirmSignatureEmail.PreviewProps = {
  name: "Camille Tremblay",
  campaignTitle: "Un moratoire sur la reconnaissance faciale policière",
  confirmUrl: "http://localhost:3000/fr/confirmer/preview-token",
  locale: "fr",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies ConfirmSignatureProps & { locale: Locale; sender: SenderIdentity };
