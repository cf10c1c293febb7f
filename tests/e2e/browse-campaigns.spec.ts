import { expect, test } from "@playwright/test";
import { connect } from "@/db/client";
import { demoCampaign } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { createCampaign } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { makeDemoCampaignNewest, openHomeListing } from "./support/home";
import { watchThirdPartyRequests } from "./support/third-party";

let draft = { slug: "", titleEn: "" };
let hostile = { slug: "" };

// npm test hands the servers a fresh database; the demo seed is what a first `npm start` shows.
test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await makeDemoCampaignNewest(db);
  draft = await createCampaign(db, { status: "draft" });
  hostile = await createCampaign(db, {
    bodyEn: 'Before.\n\n<script>window.__pwned = 1</script>\n\n<img src="x" onerror="window.__pwned = 2">\n\n[a trap](javascript:window.__pwned=3) and [a real link](https://www.priv.gc.ca/)\n\nAfter.',
  });
  await sql.end();
});

test("a visitor finds the demo campaign in English and reads it", async ({ page }) => {
  const thirdParty = watchThirdPartyRequests(page);
  await openHomeListing(page, "/en", demoCampaign.titleEn);
  await expect(page).toHaveTitle(/Campaigns · Chorus/);
  await expect(page.getByRole("heading", { level: 1, name: "Add your voice" })).toBeVisible();
  await expect(page.getByText("Private Faces Coalition", { exact: false }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: demoCampaign.titleEn }).click();
  await expect(page).toHaveURL(`/en/campaigns/${demoCampaign.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: demoCampaign.titleEn })).toBeVisible();
  await expect(page).toHaveTitle(`${demoCampaign.titleEn} · Chorus`);
  await expect(page.getByRole("heading", { name: "What we ask" })).toBeVisible();
  await expect(page.getByText("Goal: 10,000")).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(thirdParty).toEqual([]);
});

test("une visiteuse trouve la campagne de démonstration en français", async ({ page }) => {
  const thirdParty = watchThirdPartyRequests(page);
  await openHomeListing(page, "/fr", demoCampaign.titleFr);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Faites entendre votre voix" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: demoCampaign.titleFr }).click();
  await expect(page).toHaveURL(`/fr/campagnes/${demoCampaign.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: demoCampaign.titleFr })).toBeVisible();
  await expect(page).toHaveTitle(`${demoCampaign.titleFr} · Chorus`);
  await expect(page.getByRole("heading", { name: "Ce que nous demandons" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(thirdParty).toEqual([]);
});

test("the language switch keeps the reader on the same campaign", async ({ page }) => {
  await page.goto(`/en/campaigns/${demoCampaign.slug}`);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lire cette page en français" }).click();
  await expect(page).toHaveURL(`/fr/campagnes/${demoCampaign.slug}`);
  await expect(page.getByRole("heading", { level: 1, name: demoCampaign.titleFr })).toBeVisible();

  await page.getByRole("navigation", { name: "Principale" }).getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(`/en/campaigns/${demoCampaign.slug}`);
});

test.describe("a browser that prefers French", () => {
  test.use({ locale: "fr-CA" });
  test("is sent to the French site from the bare address", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL("/fr");
    await expect(page.getByRole("heading", { level: 1, name: "Faites entendre votre voix" })).toBeVisible();
  });
});

test("unknown campaigns and drafts get a translated 404", async ({ page }) => {
  const unknown = await page.goto("/fr/campagnes/nexiste-pas");
  expect(unknown?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page introuvable" })).toBeVisible();

  const hidden = await page.goto(`/en/campaigns/${draft.slug}`);
  expect(hidden?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await page.goto("/en");
  await expect(page.getByRole("link", { name: draft.titleEn })).toHaveCount(0);
});

test("the health endpoint reports the database and the queue as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, db: "up", queue: "up" });
});

test("Markdown from an organiser cannot run script or inject HTML", async ({ page }) => {
  await page.goto(`/en/campaigns/${hostile.slug}`);
  await expect(page.getByText("After.")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator(".prose script, .prose img").count()).toBe(0);
  // A javascript: link keeps its words and loses its link.
  await expect(page.getByText("a trap and")).toBeVisible();
  await expect(page.getByRole("link", { name: "a trap" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "a real link" })).toHaveAttribute("href", "https://www.priv.gc.ca/");
});

test("a campaign page may be shared by caches for a second, with its own CSP nonce, and has a share card with its count", async ({ page, request }) => {
  const response = await request.get(`/en/campaigns/${demoCampaign.slug}`);
  // A shared copy keeps the policy and nonce it was rendered with (docs/caching.md); the count stays under 2 s old.
  expect(response.headers()["cache-control"]).toMatch(/^public, max-age=0, s-maxage=1\b/);
  expect(response.headers()["content-security-policy"]).toMatch(/'nonce-/);
  await page.goto(`/en/campaigns/${demoCampaign.slug}`);
  const card = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(card).toContain(`/en/campaigns/${demoCampaign.slug}/opengraph-image`);
  const image = await request.get(new URL(card!).pathname);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect((await image.body()).subarray(1, 4).toString()).toBe("PNG");
});
