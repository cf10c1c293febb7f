import { expect, type Page } from "@playwright/test";
import { resendStubClient } from "@/tests/support/resend-stub/client";
import { e2ePorts } from "./ports";

export const stub = () => resendStubClient(`http://127.0.0.1:${e2ePorts().stub}`);

/** The sign-in link from the newest email to this address that arrived after `since` emails. */
export async function signInLinkFor(address: string, previous: number): Promise<string> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    // The newest new email with a sign-in link: staff also get other mail (a milestone passed, a bounce).
    const emails = (await stub().emailsTo(address)).slice(previous).reverse();
    const link = emails.map((email) => /href="([^"]*\/admin\/(?:sign-in\/link|connexion\/lien)\?[^"]*)"/.exec(email.html ?? "")?.[1]).find(Boolean);
    if (link) return link.replaceAll("&amp;", "&");
    if (Date.now() > deadline) throw new Error(`no sign-in email for ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Signs in through the real flow: the form, the email (read from the Resend stub), the link. */
export async function signInAs(page: Page, address: string, locale: "en" | "fr" = "en"): Promise<void> {
  const before = (await stub().emailsTo(address)).length;
  await page.goto(`/${locale}/admin`);
  await page.getByLabel(locale === "en" ? "Email address" : "Adresse courriel").fill(address);
  await page.getByRole("button", { name: locale === "en" ? "Email me a sign-in link" : "M’envoyer un lien de connexion" }).click();
  await expect(page.getByRole("heading", { level: 1, name: locale === "en" ? "Check your email" : "Vérifiez vos courriels" })).toBeVisible();
  await page.goto(await signInLinkFor(address, before));
  // Opening the link spends nothing: its button does.
  await page.getByRole("button", { name: locale === "en" ? "Sign me in" : "Me connecter" }).click();
}
