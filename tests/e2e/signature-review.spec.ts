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
let burstCampaign = { id: "", slug: "" };
let labSignature = "";
// Two machines' bursts of signatures on a second campaign, one afternoon in 2021 (07:00 in Toronto).
const machines = { lab: "a".repeat(32), cafe: "b".repeat(32) };

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
  burstCampaign = await createCampaign(db);
  const burst: [string, "confirmed" | "pending"][] = [
    [machines.lab, "confirmed"],
    [machines.lab, "confirmed"],
    [machines.lab, "pending"],
    [machines.cafe, "confirmed"],
  ];
  for (const [ipHash, state] of burst) {
    const email = `burst-${uniqueSuffix()}@example.org`;
    const signer = await createSupporter(db);
    const [row] = await db
      .insert(signatures)
      .values({ campaignId: burstCampaign.id, supporterId: signer.id, state, name: "Sam Tremblay", email, canonicalEmail: email, province: "ON", ipHash, createdAt: new Date("2021-02-03T12:00:00Z"), confirmedAt: state === "confirmed" ? new Date("2021-02-03T12:05:00Z") : null })
      .returning({ id: signatures.id });
    if (ipHash === machines.lab) labSignature = row!.id;
  }
  await db.execute(sql`insert into signature_tallies (campaign_id, scope, key, shard, count) values (${burstCampaign.id}, 'total', '', 0, 3), (${burstCampaign.id}, 'province', 'ON', 0, 3)`);
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

test("an organiser undoes a bulk invalidation in one step, with a reason, in English and in French; the count follows", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const visitor = await (await browser.newContext()).newPage();
  const publicCount = async () => {
    await visitor.goto(`/en/campaigns/${burstCampaign.slug}`);
    return visitor.locator(".count").innerText();
  };
  await expect.poll(publicCount).toMatch(/\b3\b/);
  await signInAs(page, organiserEmail);
  const invalidate = async (ipHash: string, expected: number, reason: string) => {
    await page.goto(`/en/admin/campaigns/${burstCampaign.id}/invalidate`);
    await page.getByLabel("IP hash (from a signature’s page)").fill(ipHash);
    await page.getByLabel("From", { exact: true }).fill("2021-02-03T06:00");
    await page.getByLabel("Until", { exact: true }).fill("2021-02-03T08:00");
    await page.getByRole("button", { name: "Show matching signatures" }).click();
    await page.getByLabel("Reason (required, kept in the audit log)").fill(reason);
    await page.getByRole("button", { name: expected === 1 ? "Invalidate 1 signature" : `Invalidate ${expected} signatures` }).click();
    await expect(page.getByRole("status")).toHaveText(expected === 1 ? "1 signature invalidated." : `${expected} signatures invalidated.`);
  };
  await invalidate(machines.lab, 3, "One lab machine, one afternoon");
  await invalidate(machines.cafe, 1, "A café's open network");
  await expect.poll(publicCount).toMatch(/No signatures yet|\b0\b/);

  // English: the newest one (the café's) is undone; a reason is required first.
  const recent = page.getByRole("region", { name: "Recent bulk invalidations" });
  await expect(recent.getByRole("row")).toHaveCount(3);
  await expect(recent.getByRole("row").nth(1)).toContainText("A café's open network");
  await recent
    .getByRole("row")
    .nth(1)
    .getByRole("link", { name: /^Undo the invalidation of/ })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Undo a bulk invalidation" })).toBeVisible();
  await expect(page.getByText("1 of its signatures is still in that state and will be restored.")).toBeVisible();
  await page.getByRole("button", { name: "Restore 1 signature" }).click();
  await expect(page.getByLabel("Reason for undoing (required, kept in the audit log)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator(".error-summary[role=alert]")).toContainText("Say why you are undoing it: the reason is kept in the audit log.");
  await expectNoSeriousA11yViolations(page);
  await expect.poll(publicCount).toMatch(/No signatures yet|\b0\b/);
  await page.getByLabel("Reason for undoing (required, kept in the audit log)").fill("The café is a real polling place");
  await page.getByRole("button", { name: "Restore 1 signature" }).click();
  await expect(page.getByRole("status")).toHaveText("Undone: 1 signature restored.");
  await expect(recent.getByRole("row").nth(1)).toContainText("Undone on");
  await expect.poll(publicCount).toMatch(/\b1\b/);

  // French: the lab's, three signatures (two confirmed, one pending) back in one step. Each of its
  // signatures' pages leads to it too.
  await page.goto(`/fr/admin/campagnes/${burstCampaign.id}/signatures/${labSignature}`);
  await page.getByRole("link", { name: "Voir cette invalidation en bloc" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Annuler une invalidation en bloc" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "One lab machine, one afternoon" })).toBeVisible();
  await page.goto(`/fr/admin/campagnes/${burstCampaign.id}/invalider`);
  const recentFr = page.getByRole("region", { name: "Invalidations en bloc récentes" });
  await expect(recentFr.getByRole("row").nth(1)).toContainText("Annulée le");
  await recentFr
    .getByRole("row")
    .nth(2)
    .getByRole("link", { name: /^Annuler l’invalidation du/ })
    .click();
  await expect(page.getByText("3 de ses signatures sont encore dans cet état et seront rétablies.")).toBeVisible();
  const labUndo = page.url();
  await page.getByRole("button", { name: "Rétablir 3 signatures" }).click();
  await expect(page.locator(".error-summary[role=alert]")).toContainText("Indiquez pourquoi vous l’annulez\u00a0: le motif est conservé au journal d’audit.");
  await page.getByLabel("Motif de l’annulation (obligatoire, conservé au journal d’audit)").fill("Un laboratoire d’école, des personnes réelles");
  await page.getByRole("button", { name: "Rétablir 3 signatures" }).click();
  await expect(page.getByRole("status")).toHaveText("Annulée\u00a0: 3 signatures rétablies.");
  await expectNoSeriousA11yViolations(page);
  await expect.poll(publicCount).toMatch(/\b3\b/);

  // Undone, it offers no undo any more, and its page says when and by whom instead of a form.
  await expect(recentFr.getByRole("link", { name: /^Annuler l’invalidation du/ })).toHaveCount(0);
  await page.goto(labUndo);
  await expect(page.getByRole("status")).toContainText(`par ${organiserEmail}\u00a0: il ne reste rien à annuler.`);
  await expect(page.getByRole("button", { name: /^Rétablir/ })).toHaveCount(0);
});
