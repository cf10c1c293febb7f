import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const signInLinkProps = z.object({ url: z.url({ protocol: /^https?$/ }) });
export type SignInLinkProps = z.infer<typeof signInLinkProps>;

export const signInLinkSubject = (locale: Locale) => emailTranslator(locale)("SignIn.subject");

export function SignInLinkEmail({ url, locale, sender }: SignInLinkProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("SignIn.preview")} sender={sender} t={t}>
      <Heading as="h1">{t("SignIn.heading")}</Heading>
      <Text>{t("SignIn.body")}</Text>
      <Button href={url} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {t("SignIn.button")}
      </Button>
      <Text>{t("SignIn.ignore")}</Text>
    </EmailLayout>
  );
}

SignInLinkEmail.PreviewProps = {
  url: "http://localhost:3000/api/auth/callback/email?token=preview&email=organiser%40privatefaces.example",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies SignInLinkProps & { locale: Locale; sender: SenderIdentity };
