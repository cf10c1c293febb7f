import { describe, expect, it } from "vitest";
import { placeholder } from "@/server/mail/placeholders";
import { renderEmail } from "@/server/mail/render-email";

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

  it("refuse props that do not fit the template", async () => {
    await expect(renderEmail("sign-in-link", { url: "javascript:alert(1)" }, { locale: "en", sender })).rejects.toThrow();
    await expect(renderEmail("no-such-template", {}, { locale: "en", sender })).rejects.toThrow(/unknown email template/);
  });
});
