import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const writerLinkProps = z.object({
  name: z.string().min(1).max(120),
  campaignTitle: z.string().min(1),
  writeUrl: z.url({ protocol: /^https?$/ }),
});
export type WriterLinkProps = z.infer<typeof writerLinkProps>;

export const writerLinkSubject = (locale: Locale, props: WriterLinkProps) => emailTranslator(locale)("WriterLink.subject", { title: props.campaignTitle });

/** The link a supporter who signed earlier asked for, to write their letters from any device. */
export function WriterLinkEmail({ name, campaignTitle, writeUrl, locale, sender }: WriterLinkProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("WriterLink.preview", { title: campaignTitle })} sender={sender} t={t}>
      <Text>{t("WriterLink.greeting", { name })}</Text>
      <Heading as="h1">{campaignTitle}</Heading>
      <Text>{t("WriterLink.body")}</Text>
      <Button href={writeUrl} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {t("WriterLink.button")}
      </Button>
      <Text>{t("WriterLink.expiry")}</Text>
      <Text>{t("WriterLink.ignore")}</Text>
    </EmailLayout>
  );
}

WriterLinkEmail.PreviewProps = {
  name: "Noor Haddad",
  campaignTitle: "A moratorium on police facial recognition",
  writeUrl: "http://localhost:3000/en/campaigns/moratorium/write/open/preview-token",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies WriterLinkProps & { locale: Locale; sender: SenderIdentity };
