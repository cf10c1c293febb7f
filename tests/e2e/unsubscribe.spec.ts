import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { consentRecords, emailSuppressions, supporters } from "@/db/schema";
import { preferencesToken } from "@/server/mail/links";
import { createSupporter } from "../support/factories";

/*
 * RFC 8058: mail scanners open every link in an email, so opening the List-Unsubscribe address or
 * the footer link must change nothing. Only a POST acts: the page's button, or the mail client's
 * one-click request. The page shows the address masked.
 */

// The server's secret (playwright.config.ts gives the web server the same value).
const secret = process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters";

async function subscriber() {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const supporter = await createSupporter(db, { subscriptionStatus: "subscribed" });
  await client.end();
  return { ...supporter, token: preferencesToken(secret, supporter.id) };
}

async function stateOf(supporterId: string, address: string) {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const [row] = await db.select({ status: supporters.subscriptionStatus }).from(supporters).where(eq(supporters.id, supporterId));
  const withdrawals = await db.select().from(consentRecords).where(eq(consentRecords.supporterId, supporterId));
  const suppressed = await db.select().from(emailSuppressions).where(eq(emailSuppressions.address, address));
  await client.end();
  return { status: row?.status, withdrawals: withdrawals.filter((record) => record.action === "withdrawn").length, suppressed: suppressed.length };
}

test("opening the List-Unsubscribe address and the footer link changes nothing; the page's button unsubscribes", async ({ page, request }) => {
  const person = await subscriber();
  // A scanner fetching both links, following redirects, as mail security gateways do.
  expect((await request.get(`/api/unsubscribe/${person.token}`)).status()).toBe(200);
  expect((await request.get(`/en/unsubscribe/${person.token}`)).status()).toBe(200);
  expect((await request.get(`/fr/desabonnement/${person.token}`)).status()).toBe(200);
  expect(await stateOf(person.id, person.canonicalEmail)).toEqual({ status: "subscribed", withdrawals: 0, suppressed: 0 });

  await page.goto(`/api/unsubscribe/${person.token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Stop receiving updates?" })).toBeVisible();
  const [local, domain] = person.email.split("@");
  await expect(page.locator("main")).toContainText(`${local![0]}•••@${domain![0]}•••.${domain!.split(".").pop()}`);
  await expect(page.locator("main")).not.toContainText(person.email);
  expect(await stateOf(person.id, person.canonicalEmail)).toEqual({ status: "subscribed", withdrawals: 0, suppressed: 0 });

  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "You are unsubscribed" })).toBeVisible();
  await expect(page.locator("main")).not.toContainText(person.email);
  expect(await stateOf(person.id, person.canonicalEmail)).toEqual({ status: "unsubscribed", withdrawals: 1, suppressed: 1 });
});

test("the page's button works without JavaScript", async ({ browser }) => {
  const person = await subscriber();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/fr/desabonnement/${person.token}`);
  await page.getByRole("button", { name: "Me désabonner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Vous êtes désabonné/ })).toBeVisible();
  await context.close();
  expect((await stateOf(person.id, person.canonicalEmail)).status).toBe("unsubscribed");
});

test("a mail client's one-click POST unsubscribes at once and answers 200 without a page", async ({ request }) => {
  const person = await subscriber();
  const response = await request.post(`/api/unsubscribe/${person.token}`, {
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: "List-Unsubscribe=One-Click",
  });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).not.toMatch(/html/);
  expect(await stateOf(person.id, person.canonicalEmail)).toEqual({ status: "unsubscribed", withdrawals: 1, suppressed: 1 });
});
