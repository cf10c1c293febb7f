import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { campaignUpdates, users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs, stub } from "./support/sign-in";

const suffix = uniqueSuffix()
  .toLowerCase()
  .replace(/[^a-z0-9]/g, "");
const organiser = `sender-${suffix}@privatefaces.example`;
const readers = { en: `reader-en-${suffix}@example.org`, fr: `reader-fr-${suffix}@example.org`, silent: `reader-none-${suffix}@example.org` };
const title = `Police forces told to stop ${suffix}`;
let campaignId = "";
let updateId = "";

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const campaign = await createCampaign(db);
  campaignId = campaign.id;
  await db.insert(users).values({ email: organiser, role: "organiser" });
  for (const [who, email] of Object.entries(readers)) {
    await db.execute(sql`
      with supporter as (
        insert into supporters (email, canonical_email, name, locale, subscription_status)
        values (${email}, ${email}, ${who === "fr" ? "Élise" : "Sam"}, ${who === "fr" ? "fr" : "en"}, ${who === "silent" ? "none" : "subscribed"})
        returning id, email, canonical_email, name, locale
      )
      insert into signatures (campaign_id, supporter_id, state, name, email, canonical_email, postal_code, country, province, locale, confirmed_at, source)
      select ${campaignId}, id, 'confirmed', name, email, canonical_email, 'H2X 1Y4', 'CA', 'QC', locale, now(), 'test' from supporter`);
  }
  const [update] = await db
    .insert(campaignUpdates)
    .values({ campaignId, status: "published", publishedAt: sql`now()`, titleEn: title, titleFr: `Les polices priées d’arrêter ${suffix}`, bodyEn: "The orders are final.", bodyFr: "Les ordonnances sont définitives." })
    .returning({ id: campaignUpdates.id });
  updateId = update!.id;
  await client.end();
});

test("an organiser counts the audience, tests the update on themselves, sends it and watches it go out", async ({ browser }) => {
  test.setTimeout(90_000);
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, organiser);
  await page.goto(`/en/admin/campaigns/${campaignId}/updates/${updateId}`);
  await page.getByRole("link", { name: "Send by email" }).click();
  await page.getByRole("button", { name: "Count the recipients" }).click();
  await expect(page.getByText("This update will go to 2 people.")).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Language of the test").selectOption("fr");
  await page.getByRole("button", { name: "Send me a test" }).click();
  await expect(page.getByRole("status").filter({ hasText: `A test is on its way to ${organiser}.` })).toBeVisible();
  await expect.poll(async () => (await stub().emailsTo(organiser)).some((email) => email.subject === `[Essai] Les polices priées d’arrêter ${suffix}`), { timeout: 20_000 }).toBe(true);

  await page.getByRole("button", { name: "Count the recipients" }).click();
  await page.getByRole("button", { name: "Send to 2 people" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Sending to 2 people." })).toBeVisible();
  // The page reloads itself while the send runs; when nothing is left, it stops.
  await expect(page.getByRole("row").filter({ hasText: "Confirmed signers" })).toContainText(/2\s*0\s*0/, { timeout: 30_000 });

  const english = await stub().emailsTo(readers.en);
  const french = await stub().emailsTo(readers.fr);
  expect(english.map((email) => email.subject)).toEqual([title]);
  expect(french.map((email) => email.subject)).toEqual([`Les polices priées d’arrêter ${suffix}`]);
  expect(french[0]!.html).toContain("/fr/preferences/");
  expect(await stub().emailsTo(readers.silent)).toEqual([]);
});
