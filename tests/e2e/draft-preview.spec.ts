import { expect, test, type Page } from "@playwright/test";
import { connect } from "@/db/client";
import { campaignUpdates, users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const organiserEmail = `preview-organiser-${suffix}@privatefaces.example`;
let draft = { id: "", slug: "", titleEn: "", titleFr: "" };
let live = { id: "", slug: "" };
let updateId = "";
const updateTitle = `Draft update ${suffix}`;

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  draft = await createCampaign(db, { status: "draft", slug: `draft-preview-${suffix}` });
  live = await createCampaign(db);
  const [update] = await db
    .insert(campaignUpdates)
    .values({ campaignId: live.id, titleEn: updateTitle, titleFr: `Mise à jour en brouillon ${suffix}`, bodyEn: "Not out yet.", bodyFr: "Pas encore publiée." })
    .returning({ id: campaignUpdates.id });
  updateId = update!.id;
  await db.insert(users).values({ email: organiserEmail, role: "organiser" });
  await sql.end();
});

/** The HTTP status an anonymous visitor gets at this address. */
async function publicStatus(page: Page, path: string) {
  const response = await page.goto(path);
  return response?.status();
}

test("a draft campaign is previewed by its organiser, not by the public; once published its public page answers at once, in both languages", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const visitor = await (await browser.newContext()).newPage();
  // Visited as a draft first, in both languages: the public gets a 404 (and Next caches that page).
  expect(await publicStatus(visitor, `/en/campaigns/${draft.slug}`)).toBe(404);
  expect(await publicStatus(visitor, `/fr/campagnes/${draft.slug}`)).toBe(404);
  // Nor can anyone outside the panel open its preview.
  await visitor.goto(`/en/admin/campaigns/${draft.id}/preview`);
  await expect(visitor.getByText(draft.titleEn)).toHaveCount(0);

  await signInAs(page, organiserEmail);
  await page.goto(`/en/admin/campaigns/${draft.id}`);
  // A draft has no public page to link to yet, only its preview.
  await expect(page.getByRole("navigation", { name: "This campaign" }).getByRole("link", { name: "Public page" })).toHaveCount(0);
  await page.getByRole("navigation", { name: "This campaign" }).getByRole("link", { name: "Preview" }).click();
  await expect(page).toHaveURL(new RegExp(`/en/admin/campaigns/${draft.id}/preview$`));
  const response = await page.reload();
  expect(response?.headers()["cache-control"] ?? "").not.toMatch(/public|s-maxage/);
  await expect(page.getByRole("note", { name: "Preview" })).toContainText("Preview — not public.");
  await expect(page.getByRole("note", { name: "Preview" })).toContainText("Draft");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { level: 1, name: draft.titleEn })).toBeVisible();
  // The form shows as supporters will see it, but cannot be sent from the preview.
  await expect(page.getByRole("button", { name: "Sign the petition" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/fr/admin/campagnes/${draft.id}/apercu`);
  await expect(page.getByRole("note", { name: "Aperçu" })).toContainText("Aperçu — non public.");
  await expect(page.getByRole("heading", { level: 1, name: draft.titleFr })).toBeVisible();

  await page.goto(`/en/admin/campaigns/${draft.id}/status?to=live`);
  await page.getByRole("checkbox", { name: /Yes, make/ }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toHaveText("The campaign is now Live.");
  await expect(page.getByRole("navigation", { name: "This campaign" }).getByRole("link", { name: "Public page" })).toHaveAttribute("href", `/en/campaigns/${draft.slug}`);

  // The very first visit after publishing gets the page, not the 404 cached while it was a draft.
  expect(await publicStatus(visitor, `/en/campaigns/${draft.slug}`)).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: draft.titleEn })).toBeVisible();
  expect(await publicStatus(visitor, `/fr/campagnes/${draft.slug}`)).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: draft.titleFr })).toBeVisible();
});

test("a draft update is previewed by its organiser; once published its public page answers at once", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const visitor = await (await browser.newContext()).newPage();
  expect(await publicStatus(visitor, `/en/campaigns/${live.slug}/updates/${updateId}`)).toBe(404);
  expect(await publicStatus(visitor, `/fr/campagnes/${live.slug}/mises-a-jour/${updateId}`)).toBe(404);

  await signInAs(page, organiserEmail);
  await page.goto(`/en/admin/campaigns/${live.id}/updates/${updateId}`);
  await page.getByRole("link", { name: "Preview", exact: true }).click();
  await expect(page.getByRole("note", { name: "Preview" })).toContainText("Draft");
  await expect(page.getByRole("heading", { level: 1, name: updateTitle })).toBeVisible();
  await expect(page.getByRole("note", { name: "Preview" }).getByRole("link", { name: "See the public page" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page);

  await page.getByRole("link", { name: "Back to the editor" }).click();
  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByText("Published.", { exact: true })).toBeVisible();

  expect(await publicStatus(visitor, `/en/campaigns/${live.slug}/updates/${updateId}`)).toBe(200);
  await expect(visitor.getByRole("heading", { level: 1, name: updateTitle })).toBeVisible();
  expect(await publicStatus(visitor, `/fr/campagnes/${live.slug}/mises-a-jour/${updateId}`)).toBe(200);

  // Published, its preview links to the public page.
  await page.goto(`/en/admin/campaigns/${live.id}/updates/${updateId}/preview`);
  await expect(page.getByRole("note", { name: "Preview" }).getByRole("link", { name: "See the public page" })).toHaveAttribute("href", `/en/campaigns/${live.slug}/updates/${updateId}`);
});
