import { expect, test } from "@playwright/test";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { findingsFor, saveFindings } from "./support/findings";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const { joint, provincial } = findingsFor(suffix);
const organiserEmail = `updates-organiser-${suffix}@privatefaces.example`;
let campaign = { id: "", slug: "", titleEn: "" };

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await saveFindings(db, [joint, provincial]);
  campaign = await createCampaign(db);
  await db.insert(users).values({ email: organiserEmail, role: "organiser" });
  await sql.end();
});

test("an organiser publishes an update citing two findings; the campaign page and the update page show both citations", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, organiserEmail);
  await page.goto(`/en/admin/campaigns/${campaign.id}/updates`);
  await page.getByRole("link", { name: "New update" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New update" })).toBeVisible();
  const title = `Regulators agree ${suffix}`;
  const titles = page.getByRole("group", { name: "Title" });
  await titles.getByLabel("English", { exact: true }).fill(title);
  await titles.getByLabel("French", { exact: true }).fill(`Les autorités s'accordent ${suffix}`);
  const bodies = page.getByRole("group", { name: "Text (Markdown)" });
  await bodies.getByLabel("English", { exact: true }).fill(`The commissioners found mass surveillance[[cite:${joint.id}]] and one ordered deletion[[cite:${provincial.id}]].`);
  await bodies.getByLabel("French", { exact: true }).fill(`Les commissaires ont conclu[[cite:${joint.id}]] puis ordonné l'effacement[[cite:${provincial.id}]].`);

  // The live preview numbers both citations and lists them as sources.
  const preview = page.getByRole("region", { name: "Preview (English)" });
  await expect(preview.getByRole("link", { name: "Source 1" })).toHaveAttribute("href", `/en/findings/${joint.id}`);
  await expect(preview.getByRole("link", { name: "Source 2" })).toHaveAttribute("href", `/en/findings/${provincial.id}`);
  await expect(preview.getByRole("listitem").filter({ hasText: joint.title.en })).toBeVisible();

  await page.getByRole("button", { name: "Publish now" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Published.");

  for (const path of [`/en/campaigns/${campaign.slug}`]) {
    await page.goto(path);
    const update = page.getByRole("article", { name: title });
    await expect(update.getByRole("link", { name: "Source 1" })).toHaveAttribute("href", `/en/findings/${joint.id}`);
    await expect(update.getByRole("link", { name: "Source 2" })).toHaveAttribute("href", `/en/findings/${provincial.id}`);
    await update.getByRole("link", { name: title }).click();
  }
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const sources = page.getByRole("region", { name: "Sources" });
  await expect(sources.getByRole("link", { name: joint.title.en })).toHaveAttribute("href", `/en/findings/${joint.id}`);
  await expect(sources.getByRole("link", { name: "Report of findings" })).toHaveAttribute("href", "https://regulator.example/finding");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("main").getByRole("link", { name: "Source 1" }).click();
  await expect(page.getByRole("heading", { level: 1, name: joint.title.en })).toBeVisible();
});
