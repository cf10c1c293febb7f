import { expect, test, type BrowserContext } from "@playwright/test";
import { connect } from "@/db/client";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { addPlainLetterAction, prepareLetterDirectory } from "./support/letters";
import { confirmationLink, signAndConfirm } from "./support/petition";

/*
 * Links that grant something work once, and pages claim only what the server holds: a forwarded
 * confirmation link, pressed after its owner confirmed, lets nobody write letters in their name;
 * a crafted "sent" address lists no letter that was not written.
 */

let slug = "";

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await prepareLetterDirectory(db);
  const campaign = await createCampaign(db, { lettersEnabled: true });
  slug = campaign.slug;
  await addPlainLetterAction(db, campaign.id);
  await client.end();
});

const writerCookie = async (context: BrowserContext) => (await context.cookies()).find((cookie) => cookie.name === "chorus_letter_writer");

test("a confirmation link pressed again after it confirmed says so and grants nothing", async ({ browser }) => {
  const owner = await browser.newContext();
  const forwarded = await browser.newContext();
  const page = await owner.newPage();
  const email = `once.${uniqueSuffix()}@example.org`;
  await page.goto(`/en/campaigns/${slug}`);
  await page.getByLabel("Full name", { exact: true }).fill("Robin Tremblay");
  await page.getByLabel("Email address", { exact: true }).fill(email);
  await page.getByLabel("Postal code", { exact: true }).fill("K1P 5G4");
  await page.getByRole("checkbox", { name: /I support this petition/ }).check();
  await page.getByRole("button", { name: "Sign the petition" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();
  const { link } = await confirmationLink(email);

  // Someone the email was forwarded to opens it too, before the owner confirms.
  const other = await forwarded.newPage();
  await other.goto(link);
  await expect(other.getByRole("button", { name: "Confirm my signature" })).toBeVisible();

  // The owner sees what they confirm, and confirms: this browser may write.
  await page.goto(link);
  await expect(page.getByRole("definition").filter({ hasText: "Robin Tremblay" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "K1P 5G4" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Thank you: your signature counts" })).toBeVisible();
  expect(await writerCookie(owner)).toBeTruthy();

  // The other press finds the link spent: no writer, no composer.
  await other.getByRole("button", { name: "Confirm my signature" }).click();
  await expect(other.getByRole("heading", { level: 1, name: "Your signature is already counted" })).toBeVisible();
  expect(await writerCookie(forwarded)).toBeUndefined();
  await other.goto(`/en/campaigns/${slug}/write`);
  await expect(other.getByText(/Letters come from supporters who have signed and confirmed/)).toBeVisible();
  await expect(other.getByRole("button", { name: "Preview my letters" })).toHaveCount(0);

  await owner.close();
  await forwarded.close();
});

test("the letters page lists only the letters stored for this supporter, whatever its address says", async ({ page, browser }) => {
  const crafted = `/en/campaigns/${slug}/write?sent=${encodeURIComponent("Prime Minister|Fake Office")}`;
  // Anyone, and a writer who has sent nothing yet: no claim at all.
  const stranger = await (await browser.newContext()).newPage();
  await signAndConfirm(page, "Robin Tremblay", `sent.${uniqueSuffix()}@example.org`, "K1P 5G4", slug);
  for (const browsing of [stranger, page]) {
    await browsing.goto(crafted);
    await expect(browsing.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toHaveCount(0);
    await expect(browsing.getByText("Prime Minister")).toHaveCount(0);
    await expect(browsing.getByText("Fake Office")).toHaveCount(0);
  }
  await stranger.context().close();

  // Once letters are written, their recipients as stored, and only those.
  await page.goto(`/en/campaigns/${slug}/write`);
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await page.getByRole("button", { name: /^Send th/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Priya Lachance" })).toBeVisible();
  await page.goto(crafted);
  await expect(page.getByRole("listitem").filter({ hasText: "Priya Lachance" })).toBeVisible();
  await expect(page.getByText("Fake Office")).toHaveCount(0);
});
