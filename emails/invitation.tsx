import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const invitationProps = z.object({
  inviter: z.string().min(1).max(320),
  role: z.enum(["admin", "organiser", "viewer"]),
  signInUrl: z.url({ protocol: /^https?$/ }),
});
export type InvitationProps = z.infer<typeof invitationProps>;

export const invitationSubject = (locale: Locale, props: InvitationProps) => emailTranslator(locale)("Invitation.subject", { inviter: props.inviter });

export function InvitationEmail({ inviter, role, signInUrl, locale, sender }: InvitationProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("Invitation.preview", { organisation: sender.name })} sender={sender} t={t}>
      <Heading as="h1">{t("Invitation.heading", { organisation: sender.name })}</Heading>
      <Text>{t("Invitation.body", { inviter, role: t(`Invitation.roles.${role}`) })}</Text>
      <Button href={signInUrl} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {t("Invitation.button")}
      </Button>
      <Text>{t("Invitation.how")}</Text>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  inviter: "organiser@privatefaces.example",
  role: "organiser",
  signInUrl: "http://localhost:3000/en/admin/sign-in",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies InvitationProps & { locale: Locale; sender: SenderIdentity };
