import path from "node:path";
import { expect, test, type Browser, type BrowserContext } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { campaigns, representatives, signatures, users } from "@/db/schema";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { expectMarked, fillEverything, formOf, message, readEverything } from "./support/panel-form";
import { signInAs } from "./support/sign-in";

/*
 * On every panel form, a refused save shows back everything the organiser typed (texts, boxes,
 * radios, selects, dates, repeated rows) and marks the field in error, in English and French,
 * with JavaScript and without it.
 */

const suffix = uniqueSuffix();
const admin = `forms-admin-${suffix}@privatefaces.example`;
const ids = { campaign: "", representative: "" };
let storageState: Awaited<ReturnType<BrowserContext["storageState"]>>;

type Editor = {
  name: string;
  page: (locale: Locale) => string;
  /** The field made invalid, by id, the value that makes it so, and the message key it then shows. */
  invalid: { id: string; name: string; value: string; error: string };
  /** Values some fields need to be otherwise acceptable (an address, a number), by name. */
  given?: Record<string, string>;
};

const editors: Editor[] = [
  {
    name: "new campaign",
    page: (locale) => localizedPath(locale, "/admin/campaigns/new"),
    invalid: { id: "slug", name: "slug", value: "Not A Valid Address!", error: "Admin.Campaigns.errors.slugInvalid" },
    given: { goal: "2500", milestones: "10, 60", opensAt: "2027-03-04T05:06", closesAt: "2027-05-06T07:08" },
  },
  {
    name: "campaign editor",
    page: (locale) => localizedPath(locale, "/admin/campaigns/[id]", { id: ids.campaign }),
    invalid: { id: "goal", name: "goal", value: "0", error: "Admin.Campaigns.errors.goalInvalid" },
    given: { milestones: "20, 80", opensAt: "2027-03-04T05:06", closesAt: "2027-05-06T07:08" },
  },
  {
    name: "update editor",
    page: (locale) => localizedPath(locale, "/admin/campaigns/[id]/updates/new", { id: ids.campaign }),
    invalid: { id: "titleEn", name: "titleEn", value: "", error: "Admin.Updates.errors.required" },
  },
  {
    name: "finding editor",
    page: (locale) => localizedPath(locale, "/admin/findings/new"),
    invalid: { id: "date", name: "date", value: "the third of March", error: "Admin.Findings.errors.date" },
    given: { importance: "6", source_0_date: "2021-02-03", source_1_url: "https://example.org/second-source" },
  },
  {
    name: "settings",
    page: (locale) => localizedPath(locale, "/admin/settings"),
    invalid: { id: "contactEmail", name: "contactEmail", value: "not an address", error: "Admin.Settings.errors.emailInvalid" },
  },
  {
    name: "invitation",
    page: (locale) => localizedPath(locale, "/admin/users"),
    invalid: { id: "invite-email", name: "email", value: "nobody at example", error: "Admin.Users.errors.emailInvalid" },
  },
  {
    name: "fixed target",
    page: (locale) => localizedPath(locale, "/admin/directory"),
    invalid: { id: "target-email", name: "email", value: "privacy office", error: "Admin.Directory.errors.emailInvalid" },
    given: { key: `forms-target-${suffix}`, jurisdiction: "QC" },
  },
  {
    name: "provincial member",
    page: (locale) => localizedPath(locale, "/admin/directory"),
    invalid: { id: "member-email", name: "email", value: "constituency office", error: "Admin.Directory.errors.emailInvalid" },
  },
  {
    name: "representative",
    page: (locale) => localizedPath(locale, "/admin/directory/[representativeId]", { representativeId: ids.representative }),
    invalid: { id: "email", name: "email", value: "the member's office", error: "Admin.Directory.errors.emailInvalid" },
  },
  {
    name: "change of state",
    page: (locale) => `${localizedPath(locale, "/admin/campaigns/[id]/status", { id: ids.campaign })}?to=live`,
    invalid: { id: "confirm", name: "confirm", value: "", error: "Admin.Campaigns.errors.unconfirmed" },
  },
  {
    name: "signature filters",
    page: (locale) => localizedPath(locale, "/admin/campaigns/[id]/signatures", { id: ids.campaign }),
    invalid: { id: "riding", name: "riding", value: "a riding code far too long to be one", error: "Admin.Signatures.errors.tooLong" },
    given: { q: "jordan" },
  },
  {
    name: "letter action",
    page: (locale) => localizedPath(locale, "/admin/campaigns/[id]/letters", { id: ids.campaign }),
    invalid: { id: "maxPerHourPerTarget", name: "maxPerHourPerTarget", value: "0", error: "Admin.Letters.errors.maxInvalid" },
    given: { digestEvery: "40", digestHours: "12" },
  },
];

test.beforeAll(async ({ browser }) => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await importDirectory(db, readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
  ids.campaign = (await createCampaign(db, { status: "draft" })).id;
  const [representative] = await db.select({ id: representatives.id }).from(representatives).limit(1);
  ids.representative = representative?.id ?? "";
  await db.insert(users).values({ email: admin, role: "admin" });
  await client.end();
  const context = await browser.newContext();
  await signInAs(await context.newPage(), admin);
  storageState = await context.storageState();
  await context.close();
});

async function refusedSaveKeepsEverything(browser: Browser, editor: Editor, locale: Locale, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ storageState, javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(editor.page(locale));
  const form = formOf(page, editor.invalid.id);
  const typed = await fillEverything(form, { ...editor.given, [editor.invalid.name]: editor.invalid.value });
  await form.locator("button[type=submit]").first().click();

  const error = message(locale, editor.invalid.error);
  await expect(page.locator(`#${editor.invalid.id}-error`)).toHaveText(error);
  expect(await readEverything(formOf(page, editor.invalid.id))).toEqual(typed);
  await expectMarked(page, editor.invalid.id, error);
  await context.close();
}

for (const editor of editors) {
  for (const locale of ["en", "fr"] as const) {
    test(`${editor.name} (${locale}): a refused save keeps every value typed and marks the field`, async ({ browser }) => {
      await refusedSaveKeepsEverything(browser, editor, locale, true);
    });
  }
  test(`${editor.name} without JavaScript: the page after the post shows every value typed and the field marked`, async ({ browser }) => {
    await refusedSaveKeepsEverything(browser, editor, "fr", false);
  });
}

test("invalidating a signature another organiser has just invalidated is refused, with the mark and reason kept (EN, FR)", async ({ browser }) => {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  for (const locale of ["en", "fr"] as const) {
    const supporter = await createSupporter(db);
    const signature = await createSignature(db, { campaignId: ids.campaign, supporterId: supporter.id, state: "confirmed", confirmedAt: new Date() });
    await page.goto(localizedPath(locale, "/admin/campaigns/[id]/signatures/[signatureId]", { id: ids.campaign, signatureId: signature.id }));
    const form = formOf(page, "reason");
    const typed = await fillEverything(form, { reason: "Same person signing under two addresses" });
    await db.update(signatures).set({ state: "invalidated", invalidatedAt: new Date() }).where(eq(signatures.id, signature.id));
    await form.locator("button[type=submit]").click();
    await expect(page.locator(".error-summary[role=alert]")).toContainText(message(locale, "Admin.Signatures.errors.notChanged"));
    expect(await readEverything(formOf(page, "reason"))).toEqual(typed);
  }
  await client.end();
  await context.close();
});

test("a save refused because the session ended keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext({ storageState });
  const page = await context.newPage();
  await page.goto(localizedPath("en", "/admin/campaigns/[id]", { id: ids.campaign }));
  const form = formOf(page, "titleEn");
  const typed = await fillEverything(form, { slug: `forms-${suffix}`, goal: "3000", milestones: "50", opensAt: "", closesAt: "" });
  await context.clearCookies();
  await form.locator("button[type=submit]").first().click();
  await expect(page.locator(".error-summary[role=alert]")).toContainText(message("en", "Admin.Form.signedOut"));
  expect(await readEverything(formOf(page, "titleEn"))).toEqual(typed);
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const [stored] = await db.select({ goal: campaigns.goal }).from(campaigns).where(eq(campaigns.id, ids.campaign));
  await client.end();
  expect(stored?.goal).not.toBe(3000);
  await context.close();
});
