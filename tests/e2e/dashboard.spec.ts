import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { emailMessages, ridings, signatures, users } from "@/db/schema";
import { createCampaign, createSupporter, uniqueSuffix } from "../support/factories";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const adminEmail = `dashboard-admin-${suffix}@privatefaces.example`;
const kept = `kept-${suffix}@example.org`;
const ridingCode = String(91_000 + Math.floor(Math.random() * 8_999));
const ridingName = `Outremont ${suffix}`;
let campaignId = "";

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const campaign = await createCampaign(db);
  campaignId = campaign.id;
  await db.insert(ridings).values({ id: `federal:${ridingCode}`, level: "federal", province: "QC", code: ridingCode, nameEn: ridingName, nameFr: ridingName, source: "test", asOf: "2025-04-28" });
  // One signer: the smallest data a new campaign has, where charts used to draw slivers.
  const supporter = await createSupporter(db);
  await db.insert(signatures).values({
    campaignId,
    supporterId: supporter.id,
    state: "confirmed",
    name: "Noor Haddad",
    email: `noor-${suffix}@example.org`,
    canonicalEmail: `noor-${suffix}@example.org`,
    postalCode: "H2V 1A1",
    province: "QC",
    ridingCode,
    country: "CA",
    locale: "fr",
    source: "web",
    confirmedAt: sql`now()`,
  });
  await db.execute(sql`
    insert into signature_tallies (campaign_id, scope, key, shard, count) values (${campaignId}, 'total', '', 0, 1), (${campaignId}, 'province', 'QC', 0, 1), (${campaignId}, 'riding', ${ridingCode}, 0, 1)`);
  // An email the local outbox kept (a run without a Resend key): never "Sent".
  await db.insert(emailMessages).values({ idempotencyKey: `dashboard/${suffix}`, kind: "test", category: "transactional", template: "test", toAddress: kept, canonicalTo: kept, status: "sent", transport: "outbox", sentAt: new Date() });
  await db.insert(users).values({ email: adminEmail, role: "admin" });
  await client.end();
});

test("the dashboard shows ridings by name, mail kept locally apart from sent mail, and lays out at 390, 768 and 1366 px", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, adminEmail);
  for (const width of [390, 768, 1366]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`/en/admin?campaign=${campaignId}`);
    const ridingsFigure = page.getByRole("figure", { name: "Top ridings" });
    await expect(ridingsFigure.getByRole("rowheader", { name: `${ridingName} (${ridingCode})` })).toBeVisible();
    await expect(page.getByRole("figure", { name: "Top provinces" }).getByRole("rowheader", { name: "QC" })).toBeVisible();
    // The charts draw in the browser after the page (and its tables) arrive: measured once drawn.
    await expect(page.locator(".recharts-bar-rectangle path").first()).toBeVisible();
    // Every chart and card keeps a readable size, and a single signature is a bar one can see.
    const sizes = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      main: document.querySelector("main")!.clientWidth,
      charts: [...document.querySelectorAll("figure.chart")].map((figure) => figure.getBoundingClientRect().width),
      cards: [...document.querySelectorAll(".stat")].map((card) => card.getBoundingClientRect().width),
      bars: [...document.querySelectorAll(".recharts-bar-rectangle path")].map((bar) => bar.getBoundingClientRect().width),
    }));
    expect(sizes.page).toBeLessThanOrEqual(width);
    for (const chart of sizes.charts) expect(chart).toBeGreaterThanOrEqual(Math.min(300, sizes.main - 40));
    for (const card of sizes.cards) expect(card).toBeGreaterThanOrEqual(120);
    expect(sizes.bars.length).toBeGreaterThan(0);
    for (const bar of sizes.bars) expect(bar).toBeGreaterThanOrEqual(4);
    await page.screenshot({ path: test.info().outputPath(`dashboard-${width}.png`), fullPage: true });
  }

  const keptCard = page.locator(".stat").filter({ has: page.getByRole("link", { name: "Kept in local outbox" }) });
  await expect(keptCard.getByRole("definition")).not.toHaveText("0");
  await keptCard.getByRole("link", { name: "Kept in local outbox" }).click();
  await expect(page.getByRole("row", { name: new RegExp(kept) })).toContainText("Kept in local outbox");
  await page.goto("/en/admin/outbox?status=sent");
  await expect(page.getByRole("row", { name: new RegExp(kept) })).toHaveCount(0);

  await page.goto(`/fr/admin?campaign=${campaignId}`);
  await expect(page.getByRole("link", { name: "Gardé dans la boîte d’envoi locale" })).toBeVisible();
  await expect(page.getByRole("figure", { name: "Circonscriptions en tête" }).getByRole("rowheader", { name: `${ridingName} (${ridingCode})` })).toBeVisible();
});
