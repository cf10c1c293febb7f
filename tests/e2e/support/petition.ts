import { expect, type Page } from "@playwright/test";
import { stub } from "./sign-in";

/** The confirmed count shown on a campaign page ("No signatures yet" is 0). */
export async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator(".count strong").textContent()) ?? "";
  return Number(text.replace(/\D/g, "") || "0");
}

/** The confirmation link from the newest email to this address, read from the Resend stub. */
export async function confirmationLink(address: string): Promise<{ link: string; subject: string; html: string }> {
  const email = await stub().waitForEmailTo(address);
  const link = /href="([^"]*\/(?:confirm|confirmer)\/[^"]+)"/.exec(email.html ?? "")?.[1];
  if (!link) throw new Error(`no confirmation link in the email to ${address}`);
  return { link: link.replaceAll("&amp;", "&"), subject: email.subject, html: email.html ?? "" };
}

/** Reloads until the page shows the expected count (counts refresh within a second or two). */
export async function expectCount(page: Page, expected: number): Promise<void> {
  await expect
    .poll(async () => {
      await page.reload();
      return shownCount(page);
    }, { timeout: 10_000 })
    .toBe(expected);
}
