import { expect, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { stub } from "./sign-in";

/** The confirmed count shown on a campaign page ("No signatures yet" is 0). */
export async function shownCount(page: Page): Promise<number> {
  const text = (await page.locator(".count strong").textContent()) ?? "";
  return Number(text.replace(/\D/g, "") || "0");
}

/**
 * Confirmed signatures of a campaign, counted in the database: the page itself is cached for a
 * second or two, so a "before" read from it may already be stale.
 */
export async function confirmedInDatabase(slug: string): Promise<number> {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  try {
    const [row] = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from signatures s join campaigns c on c.id = s.campaign_id where c.slug = ${slug} and s.state = 'confirmed'`);
    return Number(row?.n ?? 0);
  } finally {
    await client.end();
  }
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
    .poll(
      async () => {
        await page.reload();
        return shownCount(page);
      },
      { timeout: 10_000 },
    )
    .toBe(expected);
}

/** Signs the campaign and confirms from the emailed link, landing on the thank-you page. */
export async function signAndConfirm(page: Page, name: string, email: string, postalCode: string, campaign: string) {
  await page.goto(`/en/campaigns/${campaign}`);
  await page.getByLabel("Full name", { exact: true }).fill(name);
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Postal code", { exact: true }).fill(postalCode);
  await page.getByRole("checkbox", { name: /I support this petition/ }).check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await page.goto((await confirmationLink(email)).link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your signature counts" })).toBeVisible();
}
