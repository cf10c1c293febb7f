import { describe, expect, it } from "vitest";
import { routing } from "@/lib/i18n/routing";
import { confirmationUrl, mailLinks, myDataLinkUrl, myDataPageUrl, signInPageUrl, writerLinkUrl } from "./links";

describe("mailLinks", () => {
  it("builds the unsubscribe page path exactly as the router localises it", () => {
    const route = routing.pathnames["/unsubscribe/[token]"];
    for (const locale of ["en", "fr"] as const) {
      const expected = `https://act.example.org/${locale}${route[locale].replace("[token]", "tok")}`;
      expect(mailLinks("https://act.example.org", locale, "tok").unsubscribeUrl).toBe(expected);
    }
  });

  it("builds the preferences page path exactly as the router localises it", () => {
    const route = routing.pathnames["/preferences/[token]"];
    for (const locale of ["en", "fr"] as const) {
      expect(mailLinks("https://act.example.org", locale, "tok").preferencesUrl).toBe(`https://act.example.org/${locale}${route[locale].replace("[token]", "tok")}`);
    }
  });

  it("points the one-click header at the API route, the same in both languages", () => {
    expect(mailLinks("https://act.example.org", "fr", "tok").oneClickUrl).toBe("https://act.example.org/api/unsubscribe/tok");
  });

  it("builds the sign-in page path exactly as the router localises it", () => {
    const route = routing.pathnames["/admin/sign-in"];
    for (const locale of ["en", "fr"] as const) expect(signInPageUrl("https://act.example.org", locale)).toBe(`https://act.example.org/${locale}${route[locale]}`);
  });

  it("builds the confirmation page path exactly as the router localises it", () => {
    const route = routing.pathnames["/confirm/[token]"];
    for (const locale of ["en", "fr"] as const) {
      expect(confirmationUrl("https://act.example.org", locale, "tok")).toBe(`https://act.example.org/${locale}${route[locale].replace("[token]", "tok")}`);
    }
  });

  it("builds the letter composer's link page path exactly as the router localises it", () => {
    const route = routing.pathnames["/campaigns/[slug]/write/open/[token]"];
    for (const locale of ["en", "fr"] as const) {
      const expected = `https://act.example.org/${locale}${route[locale].replace("[slug]", "stop-faces").replace("[token]", "tok")}`;
      expect(writerLinkUrl("https://act.example.org", locale, "stop-faces", "tok")).toBe(expected);
    }
  });

  it("builds the my-data page and its link page exactly as the router localises them", () => {
    expect(myDataPageUrl("https://act.example.org", "en")).toBe("https://act.example.org/en/my-data");
    expect(myDataPageUrl("https://act.example.org", "fr")).toBe("https://act.example.org/fr/mes-donnees");
    expect(myDataLinkUrl("https://act.example.org", "en", "tok")).toBe("https://act.example.org/en/my-data/open/tok");
    expect(myDataLinkUrl("https://act.example.org", "fr", "tok")).toBe("https://act.example.org/fr/mes-donnees/ouvrir/tok");
  });
});
