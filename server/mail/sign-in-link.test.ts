import { describe, expect, it } from "vitest";
import { signInCallbackTarget, signInLinkPageUrl } from "./sign-in-link";

const app = "https://act.privatefaces.example";
const token = "a".repeat(64);
const callback = `${app}/api/auth/callback/email?callbackUrl=${encodeURIComponent(`${app}/fr/admin`)}&token=${token}&email=ana%40privatefaces.example`;

describe("sign-in links", () => {
  it("email the page with the button, which posts back to the callback with the same query", () => {
    const page = new URL(signInLinkPageUrl(callback, "fr"));
    expect(page.pathname).toBe("/fr/admin/connexion/lien");
    const target = signInCallbackTarget(Object.fromEntries(page.searchParams), app);
    expect(target).toMatch(/^\/api\/auth\/callback\/email\?/);
    expect(Object.fromEntries(new URL(target!, app).searchParams)).toEqual({ token, email: "ana@privatefaces.example", callbackUrl: `${app}/fr/admin` });
  });

  it("refuse an incomplete link, and a landing page on another site", () => {
    expect(signInCallbackTarget({ email: "ana@privatefaces.example" }, app)).toBeNull();
    expect(signInCallbackTarget({ token: "short", email: "ana@privatefaces.example" }, app)).toBeNull();
    expect(signInCallbackTarget({ token, email: "ana@privatefaces.example", callbackUrl: "https://evil.example/admin" }, app)).toBeNull();
    expect(signInCallbackTarget({ token, email: "ana@privatefaces.example", callbackUrl: "//evil.example/admin" }, app)).toBeNull();
    expect(signInCallbackTarget({ token, email: ["a@b.example", "c@d.example"] }, app)).toBeNull();
  });
});
