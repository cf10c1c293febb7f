import { expect, test, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { myDataLinks, writerLinks } from "@/db/schema";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { preferencesToken } from "@/server/mail/links";
import { newSecretToken } from "@/lib/tokens/secret-token";
import { createCampaign, createSignature, createSupporter } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";

/*
 * Every page a link with a token opens, in both languages, with a real token: signed tokens
 * ("payload.mac") have a dot, which once made the locale router skip them, so that the French
 * unsubscribe page answered 404.
 */

// The server's secret (playwright.config.ts gives the web server the same value).
const secret = process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters";
const tokens = { confirm: "", writer: "", preferences: "", unsubscribe: "", myData: "" };
let campaign = { slug: "", titleEn: "", titleFr: "" };

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const created = await createCampaign(db, { lettersEnabled: true });
  campaign = created;
  const signer = await createSupporter(db, { subscriptionStatus: "subscribed" });
  const confirm = newSecretToken();
  await createSignature(db, { campaignId: created.id, supporterId: signer.id, state: "pending", confirmTokenHash: confirm.hash, confirmTokenExpiresAt: new Date(Date.now() + 7 * 86_400_000) });
  tokens.confirm = confirm.token;
  const writer = newSecretToken();
  await db.insert(writerLinks).values({ tokenHash: writer.hash, supporterId: signer.id, campaignId: created.id, expiresAt: sql`now() + interval '1 day'` });
  tokens.writer = writer.token;
  const myData = newSecretToken();
  await db.insert(myDataLinks).values({ tokenHash: myData.hash, supporterId: signer.id, expiresAt: sql`now() + interval '1 day'` });
  tokens.myData = myData.token;
  tokens.preferences = preferencesToken(secret, signer.id);
  tokens.unsubscribe = preferencesToken(secret, (await createSupporter(db, { subscriptionStatus: "subscribed" })).id);
  await client.end();
});

async function opens(page: Page, path: string, heading: string | RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
  await expect(page).toHaveURL(path);
}

const pages: { name: string; path: (locale: Locale) => string; heading: Record<Locale, string | RegExp> }[] = [
  {
    name: "confirm a signature",
    path: (locale) => localizedPath(locale, "/confirm/[token]", { token: tokens.confirm }),
    heading: { en: "Confirm your signature", fr: "Confirmez votre signature" },
  },
  {
    name: "open the letter composer",
    path: (locale) => localizedPath(locale, "/campaigns/[slug]/write/open/[token]", { slug: campaign.slug, token: tokens.writer }),
    heading: { en: "Write your letters", fr: "Écrivez vos lettres" },
  },
  {
    name: "open one's data",
    path: (locale) => localizedPath(locale, "/my-data/open/[token]", { token: tokens.myData }),
    heading: { en: "Open your data", fr: "Ouvrir vos données" },
  },
  {
    name: "email preferences",
    path: (locale) => localizedPath(locale, "/preferences/[token]", { token: tokens.preferences }),
    heading: { en: "Your email preferences", fr: "Vos préférences de courriel" },
  },
  {
    name: "unsubscribe",
    path: (locale) => localizedPath(locale, "/unsubscribe/[token]", { token: tokens.unsubscribe }),
    heading: { en: "Stop receiving updates?", fr: "Ne plus recevoir de nouvelles\u202f?" },
  },
];

for (const { name, path, heading } of pages) {
  test(`the link to ${name} opens its page in English and in French, each offering the other`, async ({ browser }) => {
    // axe needs a page from a context of its own.
    const page = await (await browser.newContext()).newPage();
    for (const [locale, other] of [
      ["en", "fr"],
      ["fr", "en"],
    ] as const) {
      await opens(page, path(locale), heading[locale]);
      await expect(page.locator("a.language-switch")).toHaveAttribute("href", path(other));
      await expectNoSeriousA11yViolations(page);
    }
    await page.context().close();
  });
}

test("the confirmation page names the petition in its own language", async ({ page }) => {
  await page.goto(localizedPath("fr", "/confirm/[token]", { token: tokens.confirm }));
  await expect(page.locator("main .lead")).toHaveText(campaign.titleFr);
  await page.goto(localizedPath("en", "/confirm/[token]", { token: tokens.confirm }));
  await expect(page.locator("main .lead")).toHaveText(campaign.titleEn);
});

test("the List-Unsubscribe address, opened in a browser, leads to the page in the browser's language", async ({ browser }) => {
  for (const [locale, heading] of [
    ["fr-CA", "Ne plus recevoir de nouvelles\u202f?"],
    ["en-CA", "Stop receiving updates?"],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const response = await page.goto(`/api/unsubscribe/${tokens.unsubscribe}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page).toHaveURL(localizedPath(locale === "fr-CA" ? "fr" : "en", "/unsubscribe/[token]", { token: tokens.unsubscribe }));
    await context.close();
  }
});
