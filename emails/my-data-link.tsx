import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const myDataLinkProps = z.object({
  name: z.string().min(1).max(120),
  url: z.url({ protocol: /^https?$/ }),
});
export type MyDataLinkProps = z.infer<typeof myDataLinkProps>;

export const myDataLinkSubject = (locale: Locale, _props: MyDataLinkProps) => emailTranslator(locale)("MyDataLink.subject");

/**
 * The link someone asked for on the my-data page: it lets whoever holds this mailbox see, export
 * and erase what the organisation keeps on them, so it says plainly what it opens and for how long.
 */
export function MyDataLinkEmail({ name, url, locale, sender }: MyDataLinkProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("MyDataLink.preview", { organisation: sender.name })} sender={sender} t={t}>
      <Text>{t("MyDataLink.greeting", { name })}</Text>
      <Heading as="h1">{t("MyDataLink.heading")}</Heading>
      <Text>{t("MyDataLink.body", { organisation: sender.name })}</Text>
      <Button href={url} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {t("MyDataLink.button")}
      </Button>
      <Text>{t("MyDataLink.expiry")}</Text>
      <Text>{t("MyDataLink.ignore")}</Text>
    </EmailLayout>
  );
}

MyDataLinkEmail.PreviewProps = {
  name: "Noor Haddad",
  url: "http://localhost:3000/en/my-data/open/preview-token",
  locale: "en",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies MyDataLinkProps & { locale: Locale; sender: SenderIdentity };
