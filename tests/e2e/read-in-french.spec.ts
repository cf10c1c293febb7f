import { expect, test, type Page } from "@playwright/test";
import { connect } from "@/db/client";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { confirmationLink } from "./support/petition";
import { makeDemoCampaignNewest, openHomeListing } from "./support/home";

/*
 * A French reader sees counts that agree with their number ("1 signature", "2 signatures"; the
 * thank-you page's "la première signature"), Canadian French dates ("le 1er novembre 2026",
 * "le 5 mars 2027"), grouped figures ("1 000") and the organisation's French name.
 */

let campaign = { slug: "", titleFr: "" };

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await makeDemoCampaignNewest(db);
  campaign = await createCampaign(db, { goal: 1000, opensAt: new Date("2026-11-01T14:00:00Z"), closesAt: new Date("2027-03-05T17:00:00Z") });
  await sql.end();
});

const campaignPage = () => `/fr/campagnes/${campaign.slug}`;

async function signAndConfirm(page: Page, name: string) {
  const email = `${name.toLowerCase().replace(/\W/g, "")}-${uniqueSuffix()}@example.org`;
  await page.goto(campaignPage());
  await page.getByLabel("Nom complet").fill(name);
  await page.getByLabel("Adresse courriel").fill(email);
  await page.getByLabel("Code postal", { exact: true }).fill("H2X 1Y4");
  await page.getByRole("checkbox", { name: /cette pétition/ }).check();
  await page.getByRole("button", { name: "Signer la pétition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Vérifiez vos courriels" })).toBeVisible();
  await page.goto((await confirmationLink(email)).link);
  await page.getByRole("button", { name: "Confirmer ma signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Merci\u00a0: votre signature compte" })).toBeVisible();
}

/** The count line as shown, once the cached page has caught up with `expected`. */
async function countLine(page: Page, expected: string) {
  await expect
    .poll(
      async () => {
        await page.goto(campaignPage());
        return page.locator(".count strong").textContent();
      },
      { timeout: 15_000 },
    )
    .toBe(expected);
}

test("une campagne en français : dates canadiennes, chiffres groupés, comptes accordés", async ({ page }, testInfo) => {
  await page.goto(campaignPage());
  const header = page.locator("article.campaign header");
  await expect(header).toContainText("Ouverte le 1er novembre 2026");
  await expect(header).toContainText("Se termine le 5 mars 2027");
  // "1 000" with the narrow no-break space French groups thousands with; ":" after a no-break space.
  await expect(page.locator(".count")).toContainText("Objectif\u00a0: 1\u202f000");
  await expect(page.locator(".count strong")).toHaveText("Aucune signature pour l’instant");
  await expect(page.locator("footer")).toContainText("Chorus est administré par Coalition Visages privés.");

  await signAndConfirm(page, "Léa Fortin");
  await expect(page.locator("p.lead")).toHaveText("La vôtre est la première signature de cette pétition.");
  await countLine(page, "1 signature");

  await signAndConfirm(page, "Omar Siddiqui");
  await expect(page.locator("p.lead")).toHaveText("Vous faites maintenant partie des 2 signataires de cette pétition.");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`merci-${width}.png`), fullPage: true });
  }
  await countLine(page, "2 signatures");
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: testInfo.outputPath(`campagne-${width}.png`), fullPage: true });
  }
});

test("la carte de partage en français montre le compte", async ({ page, request }) => {
  await page.goto(campaignPage());
  const card = await page.locator('meta[property="og:image"]').getAttribute("content");
  const image = await request.get(new URL(card!).pathname);
  expect(image.status()).toBe(200);
  expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
});

test("the English campaign page says the same dates and counts in English", async ({ page }) => {
  await page.goto(`/en/campaigns/${campaign.slug}`);
  const header = page.locator("article.campaign header");
  await expect(header).toContainText("Opened November 1, 2026");
  await expect(header).toContainText("Closes March 5, 2027");
  await expect(page.locator(".count")).toContainText("Goal: 1,000");
  await expect(page.locator("footer")).toContainText("Chorus is run by Private Faces Coalition.");
});

test("la page d’accueil en français, sur un ordinateur et sur un téléphone", async ({ page }, testInfo) => {
  for (const width of [1366, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await openHomeListing(page, "/fr", demoCampaign.titleFr);
    await expect(page.getByText("Objectif\u00a0: 10\u202f000 signatures")).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath(`accueil-${width}.png`), fullPage: true });
    await page.goto(`/fr/campagnes/${demoCampaign.slug}`);
    await page.screenshot({ path: testInfo.outputPath(`campagne-demo-${width}.png`), fullPage: true });
  }
});
