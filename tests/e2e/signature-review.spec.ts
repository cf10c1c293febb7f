import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { signatures, users } from "@/db/schema";
import { createCampaign, createSupporter, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const organiserEmail = `review-organiser-${suffix}@privatefaces.example`;
const abroad = `abroad-${suffix}@example.fr`;
let campaign = { id: "", slug: "" };
let signatureId = "";

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  campaign = await createCampaign(db);
  const supporter = await createSupporter(db);
  const [row] = await db
    .insert(signatures)
    .values({ campaignId: campaign.id, supporterId: supporter.id, state: "confirmed", name: "Élodie Marchand", email: abroad, canonicalEmail: abroad, postalCode: null, province: null, country: "FR", locale: "fr", source: "web", confirmedAt: sql`now()` })
    .returning({ id: signatures.id });
  signatureId = row!.id;
  await db.execute(sql`insert into signature_tallies (campaign_id, scope, key, shard, count) values (${campaign.id}, 'total', '', 0, 1), (${campaign.id}, 'province', '', 0, 1)`);
  await db.insert(users).values({ email: organiserEmail, role: "organiser" });
  await client.end();
});

test("an organiser sees a signer abroad's country, must give a reason to invalidate, and undoes it; the count follows", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const visitor = await (await browser.newContext()).newPage();
  const publicCount = async () => {
    await visitor.goto(`/en/campaigns/${campaign.slug}`);
    return visitor.locator(".count").innerText();
  };
  await expect.poll(publicCount).toMatch(/\b1\b/);

  await signInAs(page, organiserEmail);
  await page.goto(`/en/admin/campaigns/${campaign.id}/signatures`);
  await expect(page.getByRole("row", { name: new RegExp(abroad) }).getByRole("cell", { name: "France" })).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Export as CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^${campaign.slug}-signatures-\\d{4}-\\d{2}-\\d{2}\\.csv$`));

  await page.getByRole("link", { name: "Élodie Marchand" }).click();
  await expect(page.getByRole("definition").filter({ hasText: "France" })).toBeVisible();
  // No reason: refused, said beside the field, and nothing changes.
  await page.getByRole("button", { name: "Invalidate this signature" }).click();
  await expect(page.getByLabel("Reason (required, kept in the audit log)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#reason-error")).toHaveText("Say why: the reason is kept in the audit log.");
  await expect(page.getByRole("definition").filter({ hasText: "Confirmed" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Reason (required, kept in the audit log)").fill("Signed twice with two addresses");
  await page.getByRole("button", { name: "Invalidate this signature" }).click();
  await expect(page.getByRole("status")).toHaveText("The signature is invalidated and no longer counts.");
  await expect(page.getByText("Signed twice with two addresses")).toBeVisible();
  await expect.poll(publicCount).toMatch(/No signatures yet|\b0\b/);

  // The undo, in French: also refused without a reason.
  await page.goto(`/fr/admin/campagnes/${campaign.id}/signatures/${signatureId}`);
  await page.getByRole("button", { name: "Rétablir cette signature" }).click();
  await expect(page.locator("#reason-error")).toHaveText("Indiquez pourquoi\u00a0: le motif est conservé au journal d’audit.");
  await page.getByLabel("Motif (obligatoire, conservé au journal d’audit)").fill("Vérifié : deux personnes distinctes");
  await page.getByRole("button", { name: "Rétablir cette signature" }).click();
  await expect(page.getByRole("status")).toHaveText("La signature est rétablie.");
  await expect(page.getByRole("definition").filter({ hasText: "Confirmée" })).toBeVisible();
  await expect.poll(publicCount).toMatch(/\b1\b/);
});
