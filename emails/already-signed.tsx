import { Button } from "@react-email/button";
import { Heading } from "@react-email/heading";
import { Text } from "@react-email/text";
import { z } from "zod";
import { EmailLayout, type SenderIdentity } from "./components/email-layout";
import { emailTranslator } from "./i18n";
import type { Locale } from "@/lib/i18n/routing";

export const alreadySignedProps = z.object({
  name: z.string().min(1).max(120),
  campaignTitle: z.string().min(1),
  /** What to do now: write to their representatives when the campaign has letters, else share it. */
  next: z.enum(["write", "share"]),
  nextUrl: z.url({ protocol: /^https?$/ }),
});
export type AlreadySignedProps = z.infer<typeof alreadySignedProps>;

export const alreadySignedSubject = (locale: Locale, props: AlreadySignedProps) => emailTranslator(locale)("AlreadySigned.subject", { title: props.campaignTitle });

/**
 * To a confirmed signer whose address was used to sign the same petition again: the page said
 * "check your email" as it does to everyone, so the answer (and the next step) arrives here.
 */
export function AlreadySignedEmail({ name, campaignTitle, next, nextUrl, locale, sender }: AlreadySignedProps & { locale: Locale; sender: SenderIdentity }) {
  const t = emailTranslator(locale);
  return (
    <EmailLayout locale={locale} preview={t("AlreadySigned.preview", { title: campaignTitle })} sender={sender} t={t}>
      <Text>{t("AlreadySigned.greeting", { name })}</Text>
      <Heading as="h1">{campaignTitle}</Heading>
      <Text>{t("AlreadySigned.body")}</Text>
      <Text>{next === "write" ? t("AlreadySigned.writeAsk") : t("AlreadySigned.shareAsk")}</Text>
      <Button href={nextUrl} style={{ backgroundColor: "#0b5c8a", color: "#ffffff", padding: "12px 20px", borderRadius: "6px" }}>
        {next === "write" ? t("AlreadySigned.write") : t("AlreadySigned.share")}
      </Button>
      <Text>{t("AlreadySigned.ignore")}</Text>
    </EmailLayout>
  );
}

AlreadySignedEmail.PreviewProps = {
  name: "Camille Tremblay",
  campaignTitle: "Un moratoire sur la reconnaissance faciale policière",
  next: "write",
  nextUrl: "http://localhost:3000/fr/campagnes/moratoire/ecrire",
  locale: "fr",
  sender: { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" },
} satisfies AlreadySignedProps & { locale: Locale; sender: SenderIdentity };
