import { beforeAll, describe, expect, it, vi } from "vitest";
import { placeholder } from "@/server/mail/placeholders";
import { renderEmail } from "@/server/mail/render-email";
import { AccessRequestCopyEmail } from "./access-request-copy";
import { AccessRequestReminderEmail } from "./access-request-reminder";
import { AlreadySignedEmail } from "./already-signed";
import { CampaignUpdateEmail } from "./campaign-update";
import { ConfirmSignatureEmail } from "./confirm-signature";
import { InvitationEmail } from "./invitation";
import { LetterEmail } from "./letter";
import { LetterDigestEmail } from "./letter-digest";
import { LettersCopyEmail } from "./letters-copy";
import { MilestoneReachedEmail } from "./milestone-reached";
import { MyDataLinkEmail } from "./my-data-link";
import type { TemplateName } from "./registry";
import { SignInLinkEmail } from "./sign-in-link";
import { TargetBouncedEmail } from "./target-bounced";
import { WriterLinkEmail } from "./writer-link";

beforeAll(() => {
  vi.stubEnv("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/unused");
  vi.stubEnv("AUTH_SECRET", "a-test-secret-that-is-long-enough-0123456789");
  vi.stubEnv("APP_URL", "https://act.privatefaces.example");
});

// Props for every template (extra keys are dropped by its schema); a template missing here fails to typecheck.
const samples = {
  "confirm-signature": ConfirmSignatureEmail.PreviewProps,
  "already-signed": AlreadySignedEmail.PreviewProps,
  invitation: InvitationEmail.PreviewProps,
  letter: LetterEmail.PreviewProps,
  "letter-digest": LetterDigestEmail.PreviewProps,
  "letters-copy": LettersCopyEmail.PreviewProps,
  "target-bounced": TargetBouncedEmail.PreviewProps,
  "access-request-copy": AccessRequestCopyEmail.PreviewProps,
  "access-request-reminder": AccessRequestReminderEmail.PreviewProps,
  "campaign-update-test": CampaignUpdateEmail.PreviewProps,
  "milestone-reached": MilestoneReachedEmail.PreviewProps,
  "my-data-link": MyDataLinkEmail.PreviewProps,
  "writer-link": WriterLinkEmail.PreviewProps,
  "sign-in-link": SignInLinkEmail.PreviewProps,
  "campaign-update": CampaignUpdateEmail.PreviewProps,
} satisfies Record<TemplateName, object>;

const sender = { name: "Private Faces Coalition", mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2", contactEmail: "hello@privatefaces.example" };

describe("email templates", () => {
  it("render the sign-in link in both languages, HTML and plain text, with the sender's address", async () => {
    const url = "https://act.privatefaces.example/api/auth/callback/email?token=abc";
    const en = await renderEmail("sign-in-link", { url }, { locale: "en", sender });
    const fr = await renderEmail("sign-in-link", { url }, { locale: "fr", sender });
    expect(en.subject).toBe("Your sign-in link for Chorus");
    expect(fr.subject).toBe("Votre lien de connexion à Chorus");
    for (const email of [en, fr]) {
      expect(email.html).toContain(url.replace("?", "?").replace("&", "&amp;"));
      expect(email.text).toContain(url);
      expect(email.text).toContain("PO Box 4120, Station A, Ottawa ON K1P 5B2");
      expect(email.html).not.toContain("{{");
    }
    expect(fr.html).toContain('lang="fr"');
  });

  it("render an update with unsubscribe link and placeholders ready for each recipient", async () => {
    const props = { title: "Clearview ordered to stop", bodyMarkdown: "Three provinces issued **binding orders**.", url: "https://act.privatefaces.example/en", recipientName: placeholder("name") };
    const email = await renderEmail("campaign-update", props, { locale: "en", sender, unsubscribe: { unsubscribeUrl: placeholder("unsubscribe_url"), preferencesUrl: placeholder("preferences_url") } });
    expect(email.subject).toBe("Clearview ordered to stop");
    expect(email.html).toMatch(/<strong[^>]*>binding orders<\/strong>/);
    expect(email.html).toContain('href="{{unsubscribe_url}}"');
    expect(email.html).toContain('href="{{preferences_url}}"');
    expect(email.text).toContain("Hello {{name}},");
    expect(email.text).toContain("Unsubscribe");
    expect(email.text).toContain("Manage your preferences");
  });

  it("write dates, counts and punctuation the Canadian French way", async () => {
    const copy = await renderEmail("access-request-copy", { organisation: "Clearview AI", subject: "Demande d’accès", body: "Bonjour.", answerDue: "2026-12-01" }, { locale: "fr", sender });
    expect(copy.text).toContain("jusqu’au 1er décembre 2026");
    expect(copy.subject).toBe("Votre demande à Clearview AI\u00a0: votre copie");
    const milestone = await renderEmail("milestone-reached", { title: "Pas de reconnaissance faciale", percent: 50, signatures: 1, goal: 10000, panelUrl: "https://act.privatefaces.example/fr/admin" }, { locale: "fr", sender });
    expect(milestone.text).toContain("1 signature confirmée, pour un objectif de 10\u202f000 signatures.");
    expect(milestone.subject).toBe("«\u00a0Pas de reconnaissance faciale\u00a0» a dépassé 50\u00a0% de son objectif");
  });

  it("keep a letter's paragraphs and line breaks in both parts, and the letters copy lists each letter", async () => {
    const body = "Dear Priya Lachance,\r\n\r\nFirst point.\r\n\r\nSecond point.\r\n\r\nSincerely,\r\nAmélie Tremblay";
    const letter = await renderEmail("letter", { subject: "Act", body, supporterName: "Amélie Tremblay", ridingName: null, postalCode: null }, { locale: "en", sender });
    expect(letter.text).toContain("Dear Priya Lachance,\n\nFirst point.\n\nSecond point.\n\nSincerely,\nAmélie Tremblay");
    expect(letter.html).toMatch(/>First point\.<\/p>[\s\S]*>Second point\.<\/p>/);
    expect(letter.html).toMatch(/Sincerely,<br\/>Amélie Tremblay/);
    const copy = await renderEmail(
      "letters-copy",
      {
        campaignTitle: "Moratorium",
        letters: [
          { to: "Priya Lachance", subject: "Act", body },
          { to: "Commissioner", subject: "Act", body: "Dear Commissioner,\n\nPlease." },
        ],
      },
      { locale: "fr", sender },
    );
    expect(copy.subject).toBe("Copie de vos 2 lettres\u00a0: Moratorium");
    expect(copy.text).toContain("À Priya Lachance");
    expect(copy.text).toContain("Dear Commissioner,\n\nPlease.");
  });

  it('all end with the "Your data" link to the my-data page in the email\'s language', async () => {
    const unsubscribe = { unsubscribeUrl: placeholder("unsubscribe_url"), preferencesUrl: placeholder("preferences_url") };
    for (const [name, props] of Object.entries(samples)) {
      for (const [locale, url, label] of [
        ["en", "https://act.privatefaces.example/en/my-data", "Your data: see it, take a copy or erase it"],
        ["fr", "https://act.privatefaces.example/fr/mes-donnees", "Vos données\u00a0: les consulter, en obtenir une copie ou les effacer"],
      ] as const) {
        const email = await renderEmail(name, props, { locale, sender, unsubscribe });
        expect(email.html, `${name} (${locale})`).toContain(`href="${url}"`);
        expect(email.text, `${name} (${locale})`).toContain(`${label} ${url}`);
      }
    }
  });

  it("refuse props that do not fit the template", async () => {
    await expect(renderEmail("sign-in-link", { url: "javascript:alert(1)" }, { locale: "en", sender })).rejects.toThrow();
    await expect(renderEmail("no-such-template", {}, { locale: "en", sender })).rejects.toThrow(/unknown email template/);
  });
});
