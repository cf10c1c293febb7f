import { expect, test, type Page } from "@playwright/test";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import { demoOrganisation } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { signInAs } from "./support/sign-in";

/*
 * Whatever an organiser (or a signer) types is shown as text everywhere: in the panel, on the public
 * pages, in the audit log. Each payload would run if it ever reached the page as markup (the CSP
 * allows inline scripts for Next's own bootstrap), and bumps window.__xss when it does.
 */
const payload = (where: string) => `${where} <img src=x onerror="window.__xss=(window.__xss||0)+1"><script>window.__xss=(window.__xss||0)+1</script>`;
const suffix = uniqueSuffix();
const adminEmail = `xss-admin-${suffix}@privatefaces.example`;
const slug = `xss-check-${suffix}`;

async function expectInert(page: Page, url: string, shown: string) {
  await page.goto(url);
  await expect(page.getByText(shown, { exact: false }).first(), url).toBeVisible();
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => (window as { __xss?: number }).__xss ?? 0), url).toBe(0);
  expect(await page.locator("img[src='x']").count(), url).toBe(0);
}

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  // An administrator of its own: sign-in links are limited per address, and other files sign in the demo one.
  await db.insert(users).values({ email: adminEmail, role: "admin" });
  await sql.end();
});

test("markup typed into every editable field is shown as text, never run", async ({ page }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signInAs(page, adminEmail);

  // Campaign: every bilingual text field.
  await page.goto("/en/admin/campaigns/new");
  await page.getByLabel("Web address").fill(slug);
  for (const legend of ["Title", "Summary (shown in lists and shared links)", "What the petition asks", "Addressed to", "Campaign text (Markdown)", "Petition wording signers agree to"]) {
    const group = page.getByRole("group", { name: legend, exact: true });
    await group.getByLabel("English", { exact: true }).fill(payload(`${legend} EN`));
    await group.getByLabel("French", { exact: true }).fill(payload(`${legend} FR`));
  }
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText(/Campaign created/);
  const editor = page.url();
  await page.getByRole("link", { name: "Publish" }).click();
  await page.getByRole("checkbox", { name: /Yes, make/ }).check();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status")).toHaveText("The campaign is now Live.");

  // Settings: the organisation's name and address show in every footer and email.
  await page.goto("/en/admin/settings");
  await page.getByLabel("Organisation name").fill(payload("Organisation"));
  await page.getByLabel("Mailing address").fill(payload("Address 123 Main Street"));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");

  // An invitation's name, and a signer's name.
  await page.goto("/en/admin/users");
  await page.getByLabel("Email address").fill(`xss-${suffix}@privatefaces.example`);
  await page.getByLabel("Name (optional)").fill(payload("Invitee"));
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByRole("status")).toContainText("is invited");
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const campaignId = new URL(editor).pathname.split("/").at(-1)!;
  const supporter = await createSupporter(db);
  const signature = await createSignature(db, { campaignId, supporterId: supporter.id, name: payload("Signer") });
  await sql.end();

  try {
    await expectInert(page, editor, "Title EN <img");
    await expectInert(page, "/en/admin/campaigns", "Title EN <img");
    await expectInert(page, `/en/campaigns/${slug}`, "Campaign text (Markdown) EN");
    await expectInert(page, `/fr/campagnes/${slug}`, "Petition wording signers agree to FR");
    await expectInert(page, "/en", "Organisation <img");
    await expectInert(page, "/en/admin/users", "Invitee <img");
    await expectInert(page, `/en/admin/campaigns/${campaignId}/signatures`, "Signer <img");
    await expectInert(page, `/en/admin/campaigns/${campaignId}/signatures/${signature.id}`, "Signer <img");
    await expectInert(page, "/en/admin/audit", "Title EN <img");
    expect(dialogs).toEqual([]);
  } finally {
    // Later tests expect the demo organisation's own name.
    await page.goto("/en/admin/settings");
    await page.getByLabel("Organisation name").fill(demoOrganisation.name);
    await page.getByLabel("Mailing address").fill(demoOrganisation.mailingAddress);
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved.");
  }
});
