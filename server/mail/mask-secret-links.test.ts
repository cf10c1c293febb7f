import { describe, expect, it } from "vitest";
import { confirmationUrl, mailLinks, myDataLinkUrl, myDataPageUrl, writerLinkUrl } from "./links";
import { maskSecretLinks } from "./mask-secret-links";

const origin = "https://act.privatefaces.example";
const token = "s3cr3t-T0ken_value.Mac";

describe("maskSecretLinks", () => {
  it("hides the token of every emailed link that acts as its recipient, in both languages", () => {
    for (const locale of ["en", "fr"] as const) {
      const links = mailLinks(origin, locale, token);
      const urls = [confirmationUrl(origin, locale, token), writerLinkUrl(origin, locale, "moratorium", token), myDataLinkUrl(origin, locale, token), links.oneClickUrl, links.unsubscribeUrl, links.preferencesUrl];
      for (const url of urls) {
        const masked = maskSecretLinks(`Open ${url} now.`);
        expect(masked, url).not.toContain(token);
        expect(masked).toBe(`Open ${url.replace(token, "[hidden]")} now.`);
      }
    }
  });

  it("hides a sign-in link's token in text and in HTML, keeping the rest", () => {
    const text = `${origin}/api/auth/callback/resend?callbackUrl=%2Fen%2Fadmin&token=${token}&email=a%40b.ca`;
    expect(maskSecretLinks(text)).toBe(`${origin}/api/auth/callback/resend?callbackUrl=%2Fen%2Fadmin&token=[hidden]&email=a%40b.ca`);
    const html = `<a href="${origin}/api/auth/callback/resend?token=${token}&amp;email=a">Sign in</a>`;
    expect(maskSecretLinks(html)).toBe(`<a href="${origin}/api/auth/callback/resend?token=[hidden]&amp;email=a">Sign in</a>`);
  });

  it("leaves links without a secret alone", () => {
    const body = `${origin}/en/campaigns/moratorium and ${origin}/fr/constats/abc and ${origin}/en/updates and ${myDataPageUrl(origin, "fr")}`;
    expect(maskSecretLinks(body)).toBe(body);
  });
});
