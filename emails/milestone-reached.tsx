import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const milestoneReachedProps = z.object({
  title: z.string().min(1),
  percent: z.number().int().min(1).max(1000),
  signatures: z.number().int().min(0),
  goal: z.number().int().min(1),
  panelUrl: z.url({ protocol: /^https?$/ }),
});
export type MilestoneReachedProps = z.infer<typeof milestoneReachedProps>;

export const milestoneReachedSubject = (locale: Locale, props: MilestoneReachedProps) => emailTranslator(locale)("Milestone.subject", { title: props.title, percent: props.percent });

/** To organisers: a campaign passed a share of its goal, and a draft update announcing it awaits them. */
export function MilestoneReachedEmail({ title, percent, signatures, goal, panelUrl, locale, sender }: MilestoneReachedProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("Milestone.subject", { title, percent })} sender={sender} t={t}>
      <Heading as="h1">{t("Milestone.subject", { title, percent })}</Heading>
      <Text>{t("Milestone.body", { signatures, goal })}</Text>
      <Text>{t("Milestone.next")}</Text>
      <Button href={panelUrl} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {t("Milestone.button")}
      </Button>
    </EmailLayout>
  );
}

MilestoneReachedEmail.PreviewProps = {
  title: "A moratorium on police facial recognition",
  percent: 50,
  signatures: 5012,
  goal: 10000,
  panelUrl: "http://localhost:3000/en/admin",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies MilestoneReachedProps & { locale: Locale; sender: SenderIdentity };
