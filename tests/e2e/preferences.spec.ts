import { expect, test } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { emailSuppressions, signatures, supporters } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { preferencesToken } from "@/server/mail/links";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";

// The server's secret (playwright.config.ts gives the web server the same value).
const secret = process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters";
let token = "";
let supporterId = "";
let email = "";
const titles = { first: "Ban face scans at the border", second: "No facial recognition in transit stations" };

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  email = `preferences-${uniqueSuffix()}@example.org`;
  const [supporter] = await db.insert(supporters).values({ email, canonicalEmail: email, name: "Sam Ouellet", subscriptionStatus: "subscribed" }).returning();
  supporterId = supporter!.id;
  for (const title of Object.values(titles)) {
    const campaign = await createCampaign(db, { titleEn: title, titleFr: `${title} (FR)` });
    await db.insert(signatures).values({
      campaignId: campaign.id,
      supporterId,
      state: "confirmed",
      name: "Sam Ouellet",
      email,
      canonicalEmail: email,
      postalCode: "H2X 1Y4",
      country: "CA",
      province: "QC",
      locale: "en",
      source: "test",
      confirmedAt: sql`now()`,
    });
  }
  token = preferencesToken(secret, supporterId);
  await client.end();
});

test("a subscriber chooses campaigns and language from an email's link, then stops everything", async ({ browser }) => {
  // axe needs a page from a context of its own.
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/en/preferences/${token}`);
  await expect(page.getByRole("heading", { level: 1, name: "Your email preferences" })).toBeVisible();
  // The address only masked: whoever holds a forwarded link need not be its owner.
  await expect(page.getByText(/p•••@e•••\.org/)).toBeVisible();
  await expect(page.getByText(email)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);
  await expect(page.getByRole("checkbox", { name: titles.first })).toBeChecked();
  await expect(page.getByRole("radio", { name: "English" })).toBeChecked();

  await page.getByRole("checkbox", { name: titles.first }).uncheck();
  await page.getByRole("radio", { name: "Français" }).check();
  await page.getByRole("button", { name: "Save my preferences" }).click();
  // The page now answers in the language just chosen.
  await expect(page.getByRole("status")).toHaveText("Vos préférences sont enregistrées.");
  await expect(page.getByRole("checkbox", { name: `${titles.first} (FR)` })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: `${titles.second} (FR)` })).toBeChecked();

  await page.getByRole("button", { name: "Me désabonner de toutes les nouvelles" }).click();
  await expect(page.getByRole("status")).toHaveText("Vous êtes désabonné de toutes les nouvelles.");
  await expect(page.getByRole("button", { name: "Me désabonner de toutes les nouvelles" })).toHaveCount(0);

  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const [row] = await db.select().from(supporters).where(eq(supporters.id, supporterId));
  const suppressed = await db.select().from(emailSuppressions).where(eq(emailSuppressions.address, email));
  await client.end();
  expect(row?.locale).toBe("fr");
  expect(row?.subscriptionStatus).toBe("unsubscribed");
  expect(suppressed).toHaveLength(1);
});

test("an altered link shows nothing about anyone", async ({ page }) => {
  await page.goto(`/en/preferences/${token.slice(0, -4)}abcd`);
  await expect(page.getByText("This link is not valid. Use the link at the bottom of one of our emails.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save my preferences" })).toHaveCount(0);
});
