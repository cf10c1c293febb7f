import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { supporters } from "@/db/schema";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmationLink, confirmedInDatabase, expectCount } from "./support/petition";
import { stub } from "./support/sign-in";

const enPage = `/en/campaigns/${demoCampaign.slug}`;
const frPage = `/fr/campagnes/${demoCampaign.slug}`;
let closedSlug = "";

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  closedSlug = (await createCampaign(db, { status: "closed" })).slug;
  await sql.end();
});

test("a supporter signs in English, a plain GET of the link confirms nothing, the button does", async ({ page, request }) => {
  const email = `jordan-${uniqueSuffix()}@example.org`;
  const before = await confirmedInDatabase(demoCampaign.slug);
  await page.goto(enPage);
  await page.getByLabel("Full name").fill("Jordan Singh");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Postal code", { exact: true }).fill("k1a 0a6");
  await page.getByRole("checkbox", { name: /I am signing this petition/ }).check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page).toHaveURL(`${enPage}/signed`);
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  const { link, subject } = await confirmationLink(email);
  expect(subject).toBe(`Please confirm your signature: ${demoCampaign.titleEn}`);
  const scanner = await request.get(link);
  expect(scanner.status()).toBe(200);
  expect(await scanner.text()).toContain("Confirm my signature");
  await page.waitForTimeout(1_500);
  expect(await confirmedInDatabase(demoCampaign.slug)).toBe(before);
  await page.goto(enPage);
  await expectCount(page, before);

  await page.goto(link);
  // The page names the petition it confirms.
  await expect(page.locator("main .lead")).toHaveText(demoCampaign.titleEn);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page).toHaveURL(`${enPage}/thank-you`);
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your signature counts" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(enPage);
  await expectCount(page, before + 1);

  // The used link says the signature already counts (it does not ask again), and leads on.
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Your signature is already counted" })).toBeVisible();
  await expect(page.locator("main .lead")).toHaveText(demoCampaign.titleEn);
  await expect(page.getByText("until you do", { exact: false })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Confirm my signature" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "See what you can do next" }).click();
  await expect(page).toHaveURL(`${enPage}/thank-you`);
  await page.goto(enPage);
  await page.waitForTimeout(1_200);
  await expectCount(page, before + 1);
});

test("une signataire signe en français, s'abonne aux nouvelles, et sa signature compte", async ({ page }) => {
  const email = `camille-${uniqueSuffix()}@example.org`;
  const before = await confirmedInDatabase(demoCampaign.slug);
  await page.goto(frPage);
  await page.getByLabel("Nom complet").fill("Camille Tremblay");
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Code postal", { exact: true }).fill("h2x-1y4");
  await page.getByRole("checkbox", { name: /Je signe cette pétition/ }).check();
  await page.getByRole("checkbox", { name: /Oui, envoyez-moi/ }).check();
  await page.getByRole("button", { name: "Signer la pétition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vérifiez vos courriels" })).toBeVisible();
  const { link, subject } = await confirmationLink(email);
  expect(subject).toBe(`Veuillez confirmer votre signature\u00a0: ${demoCampaign.titleFr}`);
  expect(link).toContain("/fr/confirmer/");
  await page.goto(link);
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci : votre signature compte" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  await page.goto(frPage);
  await expectCount(page, before + 1);
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const [supporter] = await db.select().from(supporters).where(eq(supporters.email, email));
  await sql.end();
  expect(supporter?.subscriptionStatus).toBe("subscribed");
});

test("signing twice, in another spelling, counts once", async ({ page }) => {
  const tag = uniqueSuffix();
  const sign = async (email: string) => {
    await page.goto(enPage);
    await page.getByLabel("Full name").fill("Sam Roy");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Postal code", { exact: true }).fill("T5J 2R7");
    await page.getByRole("checkbox", { name: /I am signing this petition/ }).check();
    await page.getByRole("button", { name: "Sign the petition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  };
  const before = await confirmedInDatabase(demoCampaign.slug);
  await sign(`sam.roy.${tag}@example.org`);
  await page.goto((await confirmationLink(`sam.roy.${tag}@example.org`)).link);
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page).toHaveURL(`${enPage}/thank-you`);
  await sign(`  SAM.ROY.${tag.toUpperCase()}+again@Example.org `);
  await page.goto(enPage);
  await expectCount(page, before + 1);
  await page.waitForTimeout(1_500);
  await expectCount(page, before + 1);
  // The page said what it says to anyone; the email tells the signer they had already signed.
  const already = await stub().waitForEmailTo(`sam.roy.${tag}@example.org`, 15_000, (email) => email.subject.startsWith("You have already signed"));
  expect(already.subject).toBe(`You have already signed: ${demoCampaign.titleEn}`);
  expect(already.text ?? "").toContain("your signature was already confirmed");
});

test("quelqu’un signe de nouveau en français après avoir confirmé : même page, et un courriel qui le dit", async ({ page }) => {
  const email = `deja-${uniqueSuffix()}@example.org`;
  const sign = async () => {
    await page.goto(frPage);
    await page.getByLabel("Nom complet").fill("Léa Bouchard");
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByLabel("Code postal", { exact: true }).fill("H2X 1Y4");
    await page.getByRole("checkbox", { name: /Je signe cette pétition/ }).check();
    await page.getByRole("button", { name: "Signer la pétition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vérifiez vos courriels" })).toBeVisible();
    return page.locator("main").innerText();
  };
  const first = await sign();
  const { link } = await confirmationLink(email);
  await page.goto(link);
  await expect(page.locator("main .lead")).toHaveText(demoCampaign.titleFr);
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Merci\s:\svotre signature compte$/ })).toBeVisible();
  expect(await sign()).toBe(first);
  const already = await stub().waitForEmailTo(email, 15_000, (message) => message.subject.startsWith("Vous avez déjà signé"));
  expect(already.subject).toBe(`Vous avez déjà signé\u00a0: ${demoCampaign.titleFr}`);
  expect(already.text ?? "").toContain("votre signature était déjà confirmée");
  // Signing a third time the same day sends nothing more.
  await sign();
  await page.waitForTimeout(2_000);
  expect((await stub().emailsTo(email)).filter((message) => message.subject.startsWith("Vous avez déjà signé"))).toHaveLength(1);
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Votre signature est déjà comptée" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
});

test("every field explains its error, in place, and HTML in a name stays text", async ({ page }) => {
  await page.goto(enPage);
  const form = page.locator("form.sign-form");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Please correct the fields marked below." })).toBeVisible();
  await expect(form.getByText("Enter your full name.")).toBeVisible();
  await expect(form.getByText("Enter an email address such as name@example.org.")).toBeVisible();
  await expect(form.getByText("Enter your postal code, or choose “Outside Canada”.")).toBeVisible();
  await expect(form.getByText("Tick this box to sign.")).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveAttribute("aria-invalid", "true");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Postal code", { exact: true }).fill("12345");
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(form.getByText("Enter a Canadian postal code such as K1A 0A6.")).toBeVisible();
  await page.getByRole("radio", { name: "Outside Canada" }).check();
  await expect(page.getByLabel("Postal code", { exact: true })).toBeHidden();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(form.getByText("Choose your country from the list.")).toBeVisible();

  const email = `html-${uniqueSuffix()}@example.org`;
  await page.getByLabel("Full name").fill('<b>Zoë</b> <img src=x onerror="alert(1)">');
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Country").selectOption("FR");
  await page.getByRole("checkbox", { name: /I am signing this petition/ }).check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const { html } = await confirmationLink(email);
  expect(html).toContain("&lt;b&gt;Zoë&lt;/b&gt;");
  expect(html).not.toContain("<img src=x");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("the form still shows its errors and still signs", async ({ page }) => {
    await page.goto(frPage);
    await page.getByRole("button", { name: "Signer la pétition" }).click();
    await expect(page.getByText("Entrez votre nom complet.")).toBeVisible();
    await expect(page.getByText("Cochez cette case pour signer.")).toBeVisible();
    const email = `nojs-${uniqueSuffix()}@example.org`;
    await page.getByLabel("Nom complet").fill("Noé Gagnon");
    await page.getByLabel("Adresse courriel").fill(email);
    await page.getByLabel("Code postal", { exact: true }).fill("G1R 4P5");
    await page.getByRole("checkbox", { name: /Je signe cette pétition/ }).check();
    await page.getByRole("button", { name: "Signer la pétition" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Vérifiez vos courriels" })).toBeVisible();
    await confirmationLink(email);
  });
});

test("a closed campaign shows no form and says so", async ({ page }) => {
  await page.goto(`/en/campaigns/${closedSlug}`);
  await expect(page.getByText("This petition is closed and no longer accepts signatures.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign the petition" })).toHaveCount(0);
});

test("the JSON API signs, explains errors in the signer's language, and publishes counts", async ({ request }) => {
  const url = `/api/campaigns/${demoCampaign.slug}/signatures`;
  const ok = await request.post(url, { data: { name: "Robin Lee", email: `api-${uniqueSuffix()}@example.org`, postalCode: "V6B4Y8", locale: "en", subscribe: false } });
  expect(ok.status()).toBe(202);
  expect(await ok.json()).toEqual({ status: "pending" });
  const bad = await request.post(url, { data: { name: "", email: "nope", postalCode: "00000", locale: "fr" } });
  expect(bad.status()).toBe(422);
  expect(await bad.json()).toEqual({
    errors: { name: "Entrez votre nom complet.", email: "Entrez une adresse courriel comme nom@exemple.org.", postalCode: "Entrez un code postal canadien comme K1A 0A6." },
  });
  expect((await request.post(`/api/campaigns/${closedSlug}/signatures`, { data: { name: "A", email: "a@example.org", postalCode: "K1A0A6" } })).status()).toBe(404);

  const data = await request.get(`/api/campaigns/${demoCampaign.slug}`);
  expect(data.headers()["access-control-allow-origin"]).toBe("*");
  expect(data.headers()["cache-control"]).toContain("s-maxage=1");
  const body = await data.json();
  expect(body).toMatchObject({ slug: demoCampaign.slug, title: { en: demoCampaign.titleEn, fr: demoCampaign.titleFr }, status: "live", goal: 10_000 });
  expect(body.signatureCount).toBeGreaterThanOrEqual(2);
  expect(body.byProvince.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(body.signatureCount);
  const list = await (await request.get("/api/campaigns")).json();
  expect(list.campaigns.map((campaign: { slug: string }) => campaign.slug)).toContain(demoCampaign.slug);
});
