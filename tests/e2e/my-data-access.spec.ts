import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { myDataLinks } from "@/db/schema";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { createSupporter, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { stub } from "./support/sign-in";

/*
 * A supporter gets into their data without an account: they ask on /my-data, the link arrives by
 * email, opening it changes nothing until its button is pressed, and it works once. On a 390 px
 * phone, in both languages, and without JavaScript.
 */

test.use({ viewport: { width: 390, height: 844 } });

const text = {
  en: {
    title: "Your data",
    email: "Your email address",
    ask: "Email me a link to my data",
    sent: "If we hold data for this address, a link is on its way to it. It works once, for 24 hours.",
    invalid: "Enter an email address, such as name@example.ca.",
    subject: "Your link to see your data",
    footer: "Your data: see it, take a copy or erase it",
    open: "Open your data",
    press: "Show my data",
    spent: "This link no longer works",
    again: "Ask for a new link",
  },
  fr: {
    title: "Vos données",
    email: "Votre adresse courriel",
    ask: "M’envoyer un lien vers mes données",
    sent: "Si nous conservons des données pour cette adresse, un lien est en route vers elle. Il fonctionne une fois, pendant 24 heures.",
    invalid: "Entrez une adresse courriel, comme nom@exemple.ca.",
    subject: "Votre lien pour consulter vos données",
    footer: "Vos données\u00a0: les consulter, en obtenir une copie ou les effacer",
    open: "Ouvrir vos données",
    press: "Afficher mes données",
    spent: "Ce lien ne fonctionne plus",
    again: "Demander un nouveau lien",
  },
} as const;

/** A supporter who signed in this language, as the my-data form will find them. */
async function newSupporter(locale: Locale): Promise<{ id: string; email: string }> {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  try {
    const email = `my-data-${locale}-${uniqueSuffix()}@example.org`;
    const row = await createSupporter(db, { email, canonicalEmail: email, name: locale === "en" ? "Harriet Okafor" : "Élodie Bergeron", locale });
    return { id: row.id, email };
  } finally {
    await client.end();
  }
}

async function linksOf(supporterId: string) {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  try {
    return await db.select({ usedAt: myDataLinks.usedAt }).from(myDataLinks).where(eq(myDataLinks.supporterId, supporterId));
  } finally {
    await client.end();
  }
}

const sessionCookie = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === "chorus_my_data");

/** No sideways scrolling at 390 px, and (where axe can run: it needs JavaScript) nothing serious for axe. */
async function expectFitsAndAccessible(page: Page, javaScript: boolean) {
  if (!javaScript) return;
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectNoSeriousA11yViolations(page);
}

/** Asks for a link on /my-data and returns the one the email brought. */
async function askForLink(page: Page, locale: Locale, address: string, javaScript: boolean): Promise<string> {
  const t = text[locale];
  await page.goto(localizedPath(locale, "/my-data"));
  await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
  await expectFitsAndAccessible(page, javaScript);
  // A typo first: the error is shown in place, what was typed is kept, nothing is sent.
  await page.getByLabel(t.email).fill("not-an-address");
  await page.getByRole("button", { name: t.ask }).click();
  await expect(page.getByText(t.invalid)).toBeVisible();
  await expect(page.getByLabel(t.email)).toHaveValue("not-an-address");
  await expectFitsAndAccessible(page, javaScript);
  await page.getByLabel(t.email).fill(address);
  await page.getByRole("button", { name: t.ask }).click();
  await expect(page.getByRole("status").filter({ hasText: t.sent })).toBeVisible();
  await expectFitsAndAccessible(page, javaScript);
  const email = await stub().waitForEmailTo(address);
  expect(email.subject).toBe(t.subject);
  expect(email.html).toContain(t.footer);
  const link = /href="([^"]*\/(?:my-data\/open|mes-donnees\/ouvrir)\/[^"]+)"/.exec(email.html ?? "")?.[1];
  if (!link) throw new Error(`no my-data link in the email to ${address}`);
  expect(link).toContain(localizedPath(locale, "/my-data/open/[token]", { token: "" }));
  return link;
}

async function journey(browser: Browser, locale: Locale, javaScriptEnabled: boolean) {
  const t = text[locale];
  const supporter = await newSupporter(locale);
  const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const link = await askForLink(page, locale, supporter.email, javaScriptEnabled);

  // Opening the link (as a mail scanner would) spends nothing and signs no one in.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: t.open })).toBeVisible();
  await expectFitsAndAccessible(page, javaScriptEnabled);
  await page.reload();
  expect(await linksOf(supporter.id)).toEqual([{ usedAt: null }]);
  expect(await sessionCookie(context)).toBeUndefined();

  // The button does: this browser may now read the supporter's data, for half an hour.
  await page.getByRole("button", { name: t.press }).click();
  await expect(page).toHaveURL(new RegExp(`${localizedPath(locale, "/my-data/view")}$`));
  const cookie = await sessionCookie(context);
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe("Lax");
  expect((await linksOf(supporter.id))[0]!.usedAt).not.toBeNull();

  // The same link a second time, from another browser: refused, with a way to ask again.
  const other = await browser.newContext({ javaScriptEnabled, viewport: { width: 390, height: 844 } });
  const again = await other.newPage();
  await again.goto(link);
  await again.getByRole("button", { name: t.press }).click();
  await expect(again.getByRole("heading", { level: 1, name: t.spent })).toBeVisible();
  expect(await sessionCookie(other)).toBeUndefined();
  await expectFitsAndAccessible(again, javaScriptEnabled);
  await again.getByRole("link", { name: t.again }).click();
  await expect(again).toHaveURL(new RegExp(`${localizedPath(locale, "/my-data")}$`));
  await other.close();
  await context.close();
}

test("in English: ask on /my-data, open the emailed link, press its button once", async ({ browser }) => {
  await journey(browser, "en", true);
});

test("in French: the same, with the email and its link in French", async ({ browser }) => {
  await journey(browser, "fr", true);
});

test("without JavaScript: the form, its error and its answer, the link and its button all work", async ({ browser }) => {
  await journey(browser, "fr", false);
});

test("an address nobody signed with gets the same answer and no email", async ({ page }) => {
  const stranger = `nobody-${uniqueSuffix()}@example.org`;
  await page.goto(localizedPath("en", "/my-data"));
  await page.getByLabel(text.en.email).fill(stranger);
  await page.getByRole("button", { name: text.en.ask }).click();
  await expect(page.getByRole("status").filter({ hasText: text.en.sent })).toBeVisible();
  await expect(stub().waitForEmailTo(stranger, 3_000)).rejects.toThrow(/No email/);
});
