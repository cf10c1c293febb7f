import { expect, test, type Page } from "@playwright/test";
import { connect } from "@/db/client";
import { campaignFindings, users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { findingsFor, saveFindings } from "./support/findings";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const { tag, joint, provincial, review, all } = findingsFor(suffix);
const adminEmail = `findings-admin-${suffix}@privatefaces.example`;
let standing = { id: "", slug: "", titleEn: "" };
let chosen = { id: "", slug: "" };

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await saveFindings(db, all);
  standing = await createCampaign(db);
  await db.insert(campaignFindings).values([
    { campaignId: standing.id, findingId: joint.id, position: 0 },
    { campaignId: standing.id, findingId: provincial.id, position: 1 },
  ]);
  chosen = await createCampaign(db);
  await db.insert(users).values({ email: adminEmail, role: "admin" });
  await sql.end();
});

const timeline = (page: Page) => page.getByRole("main").locator("ol.timeline > li");

test("the timeline lists findings newest first by year, in English and in French", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Findings" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "What regulators and courts have found" })).toBeVisible();

  // Records still to be confirmed stay off the timeline unless a reader asks for them.
  await page.goto(`/en/findings?tag=${tag}`);
  await expect(timeline(page).getByRole("heading", { level: 3 })).toHaveText([provincial.title.en, joint.title.en]);
  await page.getByLabel("Include records still to be confirmed").check();
  await page.getByRole("button", { name: "Show findings" }).click();
  await expect(timeline(page)).toHaveCount(3);
  await expect(page.getByRole("main").getByRole("heading", { level: 2 })).toHaveText(["2024", "2021"]);
  await expect(timeline(page).getByRole("heading", { level: 3 })).toHaveText([review.title.en, provincial.title.en, joint.title.en]);
  const order = timeline(page).nth(1);
  await expect(order).toContainText("December 2021");
  await expect(order).toContainText("Binding");
  await expect(order).toContainText("British Columbia");
  await expect(timeline(page).nth(0)).toContainText("Incomplete record");
  await expect(timeline(page).nth(0)).toContainText("2024");
  await expect(timeline(page).nth(2)).toContainText("Not binding");
  await expectNoSeriousA11yViolations(page);

  await page.goto(`/fr/constats?tag=${tag}&includeIncomplete=true`);
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Ce qu’ont constaté les autorités et les tribunaux" })).toBeVisible();
  await expect(timeline(page).getByRole("heading", { level: 3 })).toHaveText([review.title.fr, provincial.title.fr, joint.title.fr]);
  await expect(timeline(page).nth(1)).toContainText("décembre 2021");
  await expect(timeline(page).nth(1)).toContainText("Contraignant");
  await expect(timeline(page).nth(0)).toContainText("Fiche incomplète");
  await expectNoSeriousA11yViolations(page);
});

test("filters by kind and by binding narrow the timeline, and bad values are ignored with a notice", async ({ page }) => {
  await page.goto(`/en/findings?tag=${tag}&includeIncomplete=true`);
  const filters = page.getByRole("search", { name: "Filter the findings" });
  await filters.getByLabel("Kind").selectOption("order");
  await filters.getByRole("button", { name: "Show findings" }).click();
  await expect(page).toHaveURL(/kind=order/);
  await expect(timeline(page).getByRole("heading", { level: 3 })).toHaveText([provincial.title.en]);

  await filters.getByLabel("Kind").selectOption("");
  await filters.getByLabel("Binding or not").selectOption({ label: "Binding only" });
  await filters.getByRole("button", { name: "Show findings" }).click();
  await expect(timeline(page).getByRole("heading", { level: 3 })).toHaveText([review.title.en, provincial.title.en]);
  await filters.getByLabel("Binding or not").selectOption({ label: "Non-binding only" });
  await filters.getByRole("button", { name: "Show findings" }).click();
  await expect(timeline(page).getByRole("heading", { level: 3 })).toHaveText([joint.title.en]);

  await page.goto(`/en/findings?tag=${tag}&kind=opinion&binding=maybe`);
  await expect(page.getByRole("main").getByRole("status")).toContainText("left out: kind, binding");
  await expect(timeline(page)).toHaveCount(2);
  await page.goto(`/en/findings?tag=${tag}&kind=statement`);
  await expect(page.getByText("No findings match these filters.")).toBeVisible();
});

test("a finding page shows its record, its sources by tier, its related findings and the campaigns standing on it", async ({ page }) => {
  await page.goto(`/en/findings?tag=${tag}`);
  await page.getByRole("link", { name: joint.title.en }).click();
  await expect(page).toHaveURL(`/en/findings/${joint.id}`);
  await expect(page.getByRole("heading", { level: 1, name: joint.title.en })).toBeVisible();
  await expect(page.getByText("February 3, 2021", { exact: true })).toBeVisible();
  await expect(page.getByText("Key record")).toBeVisible();
  await expect(page.getByText("PIPEDA-E2E-001")).toBeVisible();
  await expect(page.getByRole("main").getByText("Federal (Canada); Quebec")).toBeVisible();
  await expect(page.getByRole("main").locator("strong", { hasText: "scraping" })).toBeVisible();

  const primary = page.getByRole("region", { name: "From the issuing body" });
  await expect(primary.getByRole("link", { name: "Report of findings" })).toHaveAttribute("href", "https://regulator.example/finding");
  await expect(primary).toContainText("Example Privacy Commissioner, February 3, 2021");
  await expect(page.getByRole("region", { name: "Commentary" })).toContainText("A law professor, 2021");
  await expect(page.getByRole("region", { name: "Press and law firms" })).toHaveCount(0);

  const related = page.getByRole("region", { name: "Related findings" });
  await expect(related).toContainText("2001--not-imported-yet (not in the library yet)");
  await expect(page.getByRole("region", { name: "Campaigns that stand on this finding" }).getByRole("link", { name: standing.titleEn })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await related.getByRole("link", { name: provincial.title.en }).click();
  await expect(page.getByRole("heading", { level: 1, name: provincial.title.en })).toBeVisible();
  await expect(page.getByRole("region", { name: "Findings that refer to this one" }).getByRole("link", { name: joint.title.en })).toBeVisible();

  await page.goto(`/fr/constats/${joint.id}`);
  await expect(page.getByRole("heading", { level: 1, name: joint.title.fr })).toBeVisible();
  await expect(page.getByText("Ce résumé n’est pas encore offert en français.")).toBeVisible();
  await expect(page.locator(".prose").locator("xpath=..")).toHaveAttribute("lang", "en");

  const missing = await page.goto("/en/findings/2001--no-such-record");
  expect(missing?.status()).toBe(404);
});

test("a campaign page lists the findings it stands on", async ({ page }) => {
  await page.goto(`/en/campaigns/${standing.slug}`);
  const section = page.getByRole("region", { name: "What this campaign stands on" });
  await expect(section.getByRole("link")).toHaveText([joint.title.en, provincial.title.en]);
  await expect(section).toContainText("December 2021");
  await section.getByRole("link", { name: provincial.title.en }).click();
  await expect(page).toHaveURL(`/en/findings/${provincial.id}`);
});

test("an organiser chooses a campaign's findings in the editor", async ({ page }) => {
  await signInAs(page, adminEmail);
  await page.goto(`/en/admin/campaigns/${chosen.id}`);
  const checklist = page.getByRole("group", { name: "Findings this campaign stands on" });
  await checklist.getByRole("checkbox", { name: review.title.en }).check();
  await checklist.getByRole("checkbox", { name: joint.title.en }).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toBeVisible();
  await page.reload();
  await expect(checklist.getByRole("checkbox", { name: review.title.en })).toBeChecked();

  await page.goto(`/en/campaigns/${chosen.slug}`);
  const section = page.getByRole("region", { name: "What this campaign stands on" });
  await expect(section.getByRole("link")).toHaveText([joint.title.en, review.title.en]);
  await expect(section.getByRole("listitem").nth(1)).toContainText("Incomplete record");
});
