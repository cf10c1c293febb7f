import { Body } from "@react-email/body";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Link } from "@react-email/link";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { ReactNode } from "react";
import type { EmailTranslator } from "../i18n";

/** Who sends: CASL wants the sender's name, mailing address and a way to reach them in every email. */
export type SenderIdentity = {
  name: string;
  nameFr?: string | null;
  mailingAddress: string;
  contactEmail: string;
  /**
   * The page where the reader asks for a link to what the sender holds on them, in the email's
   * language: server/mail/render-email.ts fills it in for every email it renders, bulk or not.
   */
  myDataUrl?: string;
};

/** The links every bulk email carries in its footer. */
export type MailLinks = { unsubscribeUrl: string; preferencesUrl: string };

type Props = {
  locale: string;
  preview: string;
  sender: SenderIdentity;
  t: EmailTranslator;
  children: ReactNode;
  /** Bulk mail only: the unsubscribe and preferences links, which work without signing in. */
  unsubscribe?: MailLinks;
};

const body = { backgroundColor: "#f6f5f2", fontFamily: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif", color: "#1b1b1f" };
const card = { backgroundColor: "#ffffff", borderRadius: "8px", padding: "24px", margin: "24px auto", maxWidth: "560px" };
const small = { fontSize: "12px", lineHeight: "18px", color: "#4a4a55", margin: "4px 0" };

export function EmailLayout({ locale, preview, sender, t, children, unsubscribe }: Props) {
  return (
    <Html lang={locale}>
      <Head />
      <Preview>{preview}</Preview>
      <Body style={body}>
        <Container style={card}>
          {children}
          <Hr />
          <Section>
            {unsubscribe && <Text style={small}>{t("footerUpdatesReason")}</Text>}
            <Text style={small}>{t("footerSender", { organisation: sender.name, address: sender.mailingAddress })}</Text>
            <Text style={small}>{t("footerContact", { email: sender.contactEmail })}</Text>
            {sender.myDataUrl && (
              <Text style={small}>
                <Link href={sender.myDataUrl}>{t("footerMyData")}</Link>
              </Text>
            )}
            {unsubscribe && (
              <Text style={small}>
                <Link href={unsubscribe.unsubscribeUrl}>{t("unsubscribe")}</Link>
                {" · "}
                <Link href={unsubscribe.preferencesUrl}>{t("preferences")}</Link>
              </Text>
            )}
          </Section>
        </Container>
      </Body>
    </Html>
  );
}
