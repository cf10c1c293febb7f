import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type BrowserContextOptions } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { consentRecords, consentTexts, emailMessages, letters } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { signToken } from "@/lib/tokens/signed-token";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmedInDatabase } from "./support/petition";

/*
 * The supporter's own data page, once their my-data link has been opened (the link itself is the
 * access spec's; here the session cookie it leaves is set directly): what it lists, the two
 * downloads, and erasing, in both languages, on a phone and a laptop.
 */

// The server's secret (playwright.config.ts gives the web server the same value).
const secret = process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters";
// Markup in a name must print as typed, on the page and in both files.
const NAME = "<b>Zoé</b> Lachapelle-Okafor";
const LETTER = { to: "Office of the Privacy Commissioner of Canada", subject: "Publish the RCMP audit", body: "I was photographed at Union Station without being asked." };
const WORDING = { en: "I support this petition; count my signature and show my province with the others.", fr: "J'appuie cette pétition; comptez ma signature et indiquez ma province avec les autres." };
type Holder = { supporterId: string; email: string; slug: string; titleEn: string; titleFr: string };

/** A supporter who signed and confirmed one petition, gave consent at the click, wrote one letter and got one email. */
async function createHolder(locale: Locale): Promise<Holder> {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  try {
    const suffix = uniqueSuffix();
    const campaign = await createCampaign(db, { titleEn: `Keep face scans out of Union Station ${suffix}`, titleFr: `Pas de lecture faciale à la gare Union ${suffix}` });
    const email = `zoe-${suffix}@example.org`;
    const supporter = await createSupporter(db, { email, name: NAME, locale, subscriptionStatus: "subscribed" });
    const [wording] = await db.select().from(consentTexts).where(eq(consentTexts.campaignId, campaign.id));
    await createSignature(db, { campaignId: campaign.id, supporterId: supporter.id, name: NAME, email, state: "confirmed", confirmedAt: new Date(), postalCode: "M5J 1E6", province: "ON", locale, petitionConsentId: wording!.id });
    await db.insert(consentRecords).values({ supporterId: supporter.id, purpose: "petition", action: "granted", consentTextId: wording!.id, textHash: wording!.textHash, campaignId: campaign.id, locale, source: `/${locale}/confirm` });
    await db.insert(letters).values({ campaignId: campaign.id, supporterId: supporter.id, targetKey: `fixed:e2e-${suffix}`, toName: LETTER.to, toAddress: "info@priv.gc.ca", subject: LETTER.subject, body: LETTER.body, personalised: true, locale, postalCode: "M5J 1E6" });
    await db.insert(emailMessages).values({ idempotencyKey: `e2e-my-data/${suffix}`, kind: "confirm-signature", category: "transactional", template: "confirm-signature", locale, toAddress: email, canonicalTo: email, supporterId: supporter.id, status: "delivered" });
    return { supporterId: supporter.id, email, slug: campaign.slug, titleEn: campaign.titleEn, titleFr: campaign.titleFr };
  } finally {
    await client.end();
  }
}

/** A browser that opened the holder's my-data link: the session cookie it would have been given. */
async function openAs(browser: Browser, holder: Holder, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ acceptDownloads: true, ...options });
  await context.addCookies([{ name: "chorus_my_data", value: signToken(secret, "my-data-session", holder.supporterId), url: test.info().project.use.baseURL!, httpOnly: true, sameSite: "Lax" }]);
  return context.newPage();
}

const texts = {
  en: {
    title: "Your data",
    signatures: "Petitions you signed",
    confirmed: "Confirmed, counted",
    agreed: "What you agreed to (version 1)",
    json: "Download as JSON",
    html: "Download as a web page (HTML)",
    erase: "Erase my data",
    box: "I understand that my data will be erased and that this cannot be undone.",
    button: "Erase my data for good",
    unticked: "Tick the box to confirm",
    erased: "Your data is erased",
    noSession: "Get a link to my data",
  },
  fr: {
    title: "Vos données",
    signatures: "Pétitions que vous avez signées",
    confirmed: "Confirmée, comptée",
    agreed: "Ce que vous avez accepté (version 1)",
    json: "Télécharger en JSON",
    html: "Télécharger en page Web (HTML)",
    erase: "Effacer mes données",
    box: "Je comprends que mes données seront effacées et que c’est définitif.",
    button: "Effacer mes données pour de bon",
    unticked: "Cochez la case pour confirmer",
    erased: "Vos données sont effacées",
    noSession: "Obtenir un lien vers mes données",
  },
} as const;

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await client.end();
});

for (const locale of ["en", "fr"] as const) {
  const t = texts[locale];
  for (const width of [390, 1366]) {
    test(`${locale} at ${width} px: the page lists the signature with its wording, the letter and the email`, async ({ browser }) => {
      const holder = await createHolder(locale);
      const page = await openAs(browser, holder, { viewport: { width, height: 900 } });
      await page.goto(localizedPath(locale, "/my-data/view"));
      await expect(page.getByRole("heading", { level: 1, name: t.title })).toBeVisible();
      await expect(page.getByText(NAME, { exact: true }).first()).toBeVisible();
      const signature = page.getByRole("article", { name: locale === "fr" ? holder.titleFr : holder.titleEn });
      await expect(signature.getByText(t.confirmed)).toBeVisible();
      await expect(signature.getByText(t.agreed)).toBeVisible();
      await expect(signature.getByText(WORDING[locale])).toBeVisible();
      const letter = page.getByRole("article", { name: LETTER.subject });
      await expect(letter.getByText(LETTER.to)).toBeVisible();
      await expect(letter.getByText(LETTER.body)).toBeVisible();
      await expect(page.getByRole("cell", { name: locale === "fr" ? "Lien pour confirmer votre signature" : "Link to confirm your signature" })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await expectNoSeriousA11yViolations(page);
      // Printed, it is the data alone: no buttons, no site header or footer.
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("button", { name: t.json })).toBeHidden();
      await expect(page.locator(".site-footer")).toBeHidden();
      await expect(signature).toBeVisible();
    });
  }

  test(`${locale}: both downloads hold the same data, the web page with the name escaped`, async ({ browser }) => {
    const holder = await createHolder(locale);
    const page = await openAs(browser, holder);
    await page.goto(localizedPath(locale, "/my-data/view"));
    const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.json }).click()]);
    expect(json.suggestedFilename()).toMatch(/^my-data-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readFile((await json.path())!, "utf8"));
    expect(file).toMatchObject({ format: "chorus-my-data", version: 1, supporter: { name: NAME, email: holder.email } });
    expect(file.signatures[0]).toMatchObject({ state: "confirmed", campaign: { slug: holder.slug }, wording: { agreed: true, textEn: WORDING.en } });
    expect(file.letters[0]).toMatchObject({ subject: LETTER.subject, body: LETTER.body });

    const [web] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: t.html }).click()]);
    expect(web.suggestedFilename()).toMatch(/\.html$/);
    const document = await readFile((await web.path())!, "utf8");
    expect(document).toContain(`<html lang="${locale}">`);
    expect(document).toContain("&lt;b&gt;Zoé&lt;/b&gt; Lachapelle-Okafor");
    expect(document).not.toContain("<b>Zoé</b>");
    expect(document).toContain(t.signatures);
    expect(document).toContain(LETTER.subject);
  });

  test(`${locale}: erasing waits for the ticked box, then leaves no data and the count unchanged`, async ({ browser }) => {
    const holder = await createHolder(locale);
    const before = await confirmedInDatabase(holder.slug);
    // axe runs in the page, so it needs JavaScript; the erasing itself is done without.
    const checked = await openAs(browser, holder);
    await checked.goto(localizedPath(locale, "/my-data/erase"));
    await expectNoSeriousA11yViolations(checked);
    await checked.goto(localizedPath(locale, "/my-data/erased"));
    await expectNoSeriousA11yViolations(checked);
    await checked.context().close();

    const page = await openAs(browser, holder, { javaScriptEnabled: false });
    await page.goto(localizedPath(locale, "/my-data/view"));
    await page.getByRole("link", { name: t.erase }).click();
    await expect(page.getByRole("checkbox", { name: t.box })).not.toBeChecked();
    await page.getByRole("button", { name: t.button }).click();
    await expect(page.getByRole("alert")).toContainText(t.unticked);
    await page.goto(localizedPath(locale, "/my-data/view"));
    await expect(page.getByText(NAME, { exact: true }).first()).toBeVisible();

    await page.goto(localizedPath(locale, "/my-data/erase"));
    await page.getByRole("checkbox", { name: t.box }).check();
    await page.getByRole("button", { name: t.button }).click();
    await expect(page.getByRole("heading", { level: 1, name: t.erased })).toBeVisible();
    // The session ended with the data: the page now only says how to get a link.
    await page.goto(localizedPath(locale, "/my-data/view"));
    await expect(page.getByRole("link", { name: t.noSession })).toBeVisible();
    await expect(page.getByText(NAME)).toHaveCount(0);
    expect(await confirmedInDatabase(holder.slug)).toBe(before);
    const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
    const [left] = await db.execute<{ n: number }>(sql`select count(*)::int as n from supporters where id = ${holder.supporterId}`);
    await client.end();
    expect(Number(left?.n)).toBe(0);
  });
}

test("a browser without a my-data session sees no one's data, and the download address refuses a GET", async ({ page, request }) => {
  await page.goto("/fr/mes-donnees/consulter");
  await expect(page.getByRole("heading", { level: 1, name: "Vos données" })).toBeVisible();
  await expect(page.getByRole("link", { name: texts.fr.noSession })).toBeVisible();
  await expect(page.getByRole("button", { name: texts.fr.json })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.goto("/en/my-data/erase");
  await expect(page.getByRole("button", { name: texts.en.button })).toHaveCount(0);
  expect((await request.get("/api/my-data/export")).status()).toBe(405);
  // A post without a session is sent to the page that explains how to get a link, with no file.
  const posted = await request.post("/api/my-data/export", { form: { format: "json", locale: "en" }, maxRedirects: 0 });
  expect(posted.status()).toBe(303);
  expect(posted.headers()["location"]).toMatch(/\/en\/my-data\/view$/);
});
