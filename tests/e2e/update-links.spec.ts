import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { campaignUpdates } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";

/*
 * Links an organiser types in an update as paths of this site: on the site they stay relative and
 * lead to the same page from wherever the update is shown; in the feeds they are absolute.
 */

const suffix = uniqueSuffix();
let slug = "";
let updateId = "";

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const campaign = await createCampaign(db);
  slug = campaign.slug;
  const [update] = await db
    .insert(campaignUpdates)
    .values({
      campaignId: campaign.id,
      status: "published",
      publishedAt: sql`now()`,
      titleEn: `Where to read more ${suffix}`,
      titleFr: `Où en lire plus ${suffix}`,
      bodyEn: "Read [every finding](findings) or [the updates](/en/updates).",
      bodyFr: "Lisez [tous les constats](constats) ou [les nouvelles](/fr/mises-a-jour).",
    })
    .returning({ id: campaignUpdates.id });
  updateId = update!.id;
  await client.end();
});

test("a relative link in an update leads to the same page from the update's page and from the campaign's", async ({ page }) => {
  for (const path of [`/en/campaigns/${slug}/updates/${updateId}`, `/en/campaigns/${slug}`]) {
    await page.goto(path);
    const article = page.getByRole("article", { name: `Where to read more ${suffix}` });
    await expect(article.getByRole("link", { name: "every finding" })).toHaveAttribute("href", "/en/findings");
    await expect(article.getByRole("link", { name: "the updates" })).toHaveAttribute("href", "/en/updates");
  }
  await page
    .getByRole("article", { name: `Where to read more ${suffix}` })
    .getByRole("link", { name: "every finding" })
    .click();
  await expect(page).toHaveURL(/\/en\/findings$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  await page.goto(`/fr/campagnes/${slug}/mises-a-jour/${updateId}`);
  await expect(page.getByRole("link", { name: "tous les constats" })).toHaveAttribute("href", "/fr/constats");
});

test("the feeds carry the same links absolute", async ({ request, baseURL }) => {
  const rss = await (await request.get(`/feeds/campaigns/${slug}/updates.rss`)).text();
  expect(rss).toContain(`href=&quot;${baseURL}/en/findings&quot;`);
  expect(rss).toContain(`href=&quot;${baseURL}/en/updates&quot;`);
  const atom = await (await request.get(`/feeds/campaigns/${slug}/updates.atom?lang=fr`)).text();
  expect(atom).toContain(`href=&quot;${baseURL}/fr/constats&quot;`);
  expect(atom).not.toContain("href=&quot;/");
});
