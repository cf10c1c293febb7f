import { Heading } from "@react-email/heading";
import { Link } from "@react-email/link";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type MailLinks, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";
import { markdownToHtml } from "@/lib/updates/markdown-html";

export const campaignUpdateProps = z.object({
  title: z.string().min(1).max(200),
  bodyMarkdown: z.string().min(1),
  url: z.url({ protocol: /^https?$/ }),
  // Per recipient: filled in after rendering, so the template sees placeholders.
  recipientName: z.string(),
});
export type CampaignUpdateProps = z.infer<typeof campaignUpdateProps>;

export const campaignUpdateSubject = (_locale: Locale, props: CampaignUpdateProps) => props.title;

// `test`: the organiser's test send, marked as such, its footer links inert.
type Context = { locale: Locale; sender: SenderIdentity; unsubscribe: MailLinks; test?: boolean };

export function CampaignUpdateEmail({ title, bodyMarkdown, url, recipientName, locale, sender, unsubscribe, test }: CampaignUpdateProps & Context) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("Update.preview", { organisation: sender.name })} sender={sender} t={t} unsubscribe={unsubscribe}>
      {test && <Text style={{ fontWeight: 700 }}>{t("Update.testNotice")}</Text>}
      <Text>{t("Update.greeting", { name: recipientName })}</Text>
      <Heading as="h1">{title}</Heading>
      {/* The site's own pipeline (no raw HTML, http/https/mailto links only), not a second
          Markdown renderer for email that passes raw HTML through. */}
      <div dangerouslySetInnerHTML={{ __html: markdownToHtml(bodyMarkdown) }} />
      <Text>
        <Link href={url}>{t("Update.readOnline")}</Link>
      </Text>
    </EmailLayout>
  );
}

CampaignUpdateEmail.PreviewProps = {
  title: "Alberta's court upholds the order against Clearview AI",
  bodyMarkdown: "The court found the commissioner's order **reasonable**. Clearview must stop collecting images of Albertans.",
  url: "http://localhost:3000/en/campaigns/moratorium-police-facial-recognition",
  recipientName: "Camille",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
  unsubscribe: { unsubscribeUrl: "http://localhost:3000/en/unsubscribe/preview", preferencesUrl: "http://localhost:3000/en/preferences/preview" },
} satisfies CampaignUpdateProps & Context;
