import { expect, test, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { campaignUpdates, organisationSettings, users } from "@/db/schema";
import { demoOrganisation } from "@/db/seed/content";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

/*
 * The panel runs on the organisation's clock (America/Toronto here), whatever the server's own
 * zone: what an organiser types in a date field is what the panel shows back, on both sides of a
 * daylight-saving change, and the audit log reads as sentences with names rather than JSON.
 */

const suffix = uniqueSuffix();
const adminEmail = `time-admin-${suffix}@privatefaces.example`;
let campaign = { id: "", titleEn: "", titleFr: "" };
let signatureId = "";
let adminId = "";

/** The organisation's zone; the demo organisation is created if no test has saved settings yet. */
async function setZone(zone: string) {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await db
    .insert(organisationSettings)
    .values({ id: 1, ...demoOrganisation, timeZone: zone })
    .onConflictDoUpdate({ target: organisationSettings.id, set: { timeZone: zone } });
  await sql.end();
}

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  campaign = await createCampaign(db);
  const [admin] = await db
    .insert(users)
    .values({ email: adminEmail, name: `Avery Time ${suffix}`, role: "admin" })
    .returning();
  adminId = admin!.id;
  const supporter = await createSupporter(db);
  // 19:30 UTC on 1 December is 14:30 in Toronto; 03:00 UTC on 2 December is still 1 December there.
  signatureId = (await createSignature(db, { campaignId: campaign.id, supporterId: supporter.id, name: `Early Signer ${suffix}`, createdAt: new Date("2026-12-01T19:30:00Z") })).id;
  const late = await createSupporter(db);
  await createSignature(db, { campaignId: campaign.id, supporterId: late.id, name: `Late Signer ${suffix}`, createdAt: new Date("2026-12-02T03:00:00Z") });
  await sql.end();
  await setZone("America/Toronto");
});

test.afterAll(async () => setZone("America/Toronto"));

const row = (page: Page, action: string) =>
  page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: action, exact: true }) })
    .first();

test("an update scheduled at a Toronto time shows that time in the list, the editor and the audit log, across a DST change, in English and French", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, adminEmail);
  await page.goto(`/en/admin/campaigns/${campaign.id}/updates/new`);
  const title = `Hearing dates set ${suffix}`;
  await page.getByRole("group", { name: "Title" }).getByLabel("English", { exact: true }).fill(title);
  await page.getByRole("group", { name: "Title" }).getByLabel("French", { exact: true }).fill(`Audiences fixées ${suffix}`);
  await page.getByRole("group", { name: "Text (Markdown)" }).getByLabel("English", { exact: true }).fill("The committee will hear us.");
  await page.getByRole("group", { name: "Text (Markdown)" }).getByLabel("French", { exact: true }).fill("Le comité nous entendra.");
  // The field names its zone, not UTC.
  await expect(page.getByText("Time zone: Eastern Time (America/Toronto).")).toBeVisible();
  await page.getByLabel("Publish at").fill("2027-01-15T09:30");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Scheduled.");
  const updateId = new URL(page.url()).pathname.split("/").at(-1)!;
  await page.goto(new URL(page.url()).pathname);
  await expect(page.getByLabel("Publish at")).toHaveValue("2027-01-15T09:30");

  // Moved to summer time: the same wall-clock reading comes back, 4 hours from UTC instead of 5.
  await page.getByLabel("Publish at").fill("2027-07-15T09:30");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Scheduled.");
  await page.reload();
  await expect(page.getByLabel("Publish at")).toHaveValue("2027-07-15T09:30");
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const [stored] = await db.select({ publishAt: campaignUpdates.publishAt }).from(campaignUpdates).where(eq(campaignUpdates.id, updateId));
  await sql.end();
  expect(stored?.publishAt?.toISOString()).toBe("2027-07-15T13:30:00.000Z");

  await page.goto(`/en/admin/campaigns/${campaign.id}/updates`);
  await expect(page.getByRole("row", { name: new RegExp(title) }).getByRole("cell", { name: "15 Jul 2027, 09:30" })).toBeVisible();
  await page.goto(`/fr/admin/campagnes/${campaign.id}/mises-a-jour`);
  await expect(page.getByRole("cell", { name: "15 juill. 2027, 9 h 30" })).toBeVisible();

  // The audit log: who (linked to the accounts page), what in words, which update (linked to its
  // editor), and the change with both times on the Toronto clock.
  await page.goto(`/en/admin/audit?actor=${encodeURIComponent(adminEmail)}`);
  const entry = row(page, "Scheduled an update");
  await expect(entry.getByRole("link", { name: `Avery Time ${suffix}` })).toHaveAttribute("href", `/en/admin/users#user-${adminId}`);
  await expect(entry.getByRole("link", { name: title })).toHaveAttribute("href", `/en/admin/campaigns/${campaign.id}/updates/${updateId}`);
  await expect(entry.getByRole("definition").filter({ hasText: "15 Jul 2027, 09:30" })).toHaveText("15 Jul 2027, 09:30 (was 15 Jan 2027, 09:30)");
  await expect(entry).not.toContainText(updateId);
  await expect(entry).not.toContainText("2027-07-15T13:30");
  await expect(row(page, "Wrote and scheduled an update").getByRole("term").filter({ hasText: "Title (English)" })).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  // On a phone the entries stack: nothing is wider than the screen.
  await page.setViewportSize({ width: 390, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 720 });

  await page.goto(`/fr/admin/journal?actor=${encodeURIComponent(adminEmail)}`);
  const french = row(page, "A programmé une mise à jour");
  await expect(french.getByRole("term")).toHaveText(["Programmée pour"]);
  await expect(french.getByRole("definition")).toHaveText("15 juill. 2027, 9 h 30 (auparavant 15 janv. 2027, 9 h 30)");
  await expect(french.getByRole("link", { name: `Audiences fixées ${suffix}` })).toHaveAttribute("href", `/fr/admin/campagnes/${campaign.id}/mises-a-jour/${updateId}`);
});

test("the signatures table, a signature's page and its day filter follow the organisation's zone, which is a validated setting", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, adminEmail);
  const table = `/en/admin/campaigns/${campaign.id}/signatures`;
  await page.goto(`${table}?from=2026-12-01&to=2026-12-01`);
  // The late signature was made at 22:00 on 1 December in Toronto (03:00 UTC the next day).
  await expect(page.getByRole("row", { name: new RegExp(`Early Signer ${suffix}`) }).getByRole("cell", { name: "1 Dec 2026, 14:30" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(`Late Signer ${suffix}`) }).getByRole("cell", { name: "1 Dec 2026, 22:00" })).toBeVisible();
  await page.goto(`/fr/admin/campagnes/${campaign.id}/signatures?from=2026-12-02`);
  await expect(page.getByText(`Late Signer ${suffix}`)).toHaveCount(0);
  await page.goto(`/fr/admin/campagnes/${campaign.id}/signatures/${signatureId}`);
  await expect(page.getByText("1er déc. 2026, 14 h 30 min 00 s")).toBeVisible();

  // An unknown zone is refused in words, in both languages; a real one changes every time shown.
  for (const [path, label, save, error] of [
    ["/en/admin/settings", "Time zone", "Save settings", "Enter a time zone name such as America/Toronto."],
    ["/fr/admin/parametres", "Fuseau horaire", "Enregistrer les paramètres", "Entrez un nom de fuseau horaire comme America/Toronto."],
  ] as const) {
    await page.goto(path);
    await page.getByLabel(label, { exact: true }).fill("Mars/Olympus_Mons");
    await page.getByRole("button", { name: save }).click();
    await expect(page.locator(".field-error")).toHaveText([error]);
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("aria-invalid", "true");
  }
  await page.goto("/en/admin/settings");
  await page.getByLabel("Time zone", { exact: true }).fill("America/Vancouver");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  await page.goto(table);
  await expect(page.getByRole("row", { name: new RegExp(`Early Signer ${suffix}`) }).getByRole("cell", { name: "1 Dec 2026, 11:30" })).toBeVisible();
  await expect(page.getByText("Times are in Pacific Time (America/Vancouver).")).toBeVisible();

  await page.goto(`/en/admin/audit?actor=${encodeURIComponent(adminEmail)}`);
  const entry = row(page, "Changed the organisation settings");
  await expect(entry.getByRole("link", { name: "Organisation settings" })).toHaveAttribute("href", "/en/admin/settings");
  await expect(entry.getByRole("definition")).toHaveText("America/Vancouver (was America/Toronto)");
  await expect(entry.getByRole("term")).toHaveText(["Time zone"]);
});
