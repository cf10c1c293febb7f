import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { fixedTargets, letterActions, users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { prepareLetterDirectory } from "./support/letters";
import { lettersFrom } from "./support/letters-received";
import { signAndConfirm } from "./support/petition";
import { signInAs, stub } from "./support/sign-in";

/* After the letter is written (write-letters.spec.ts): how it reaches its recipient, gathered in a digest or retried by an organiser. */

let digestSlug = "";

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await prepareLetterDirectory(db);
  const digest = await createCampaign(db, { lettersEnabled: true });
  digestSlug = digest.slug;
  await db.insert(letterActions).values({
    campaignId: digest.id,
    subjectsEn: "Keep face recognition out of transit stations",
    subjectsFr: "Pas de reconnaissance faciale dans les gares",
    templateEn: "Dear {{representative}},\n\nPlease act.\n\n{{supporter_name}}",
    templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
    delivery: "digest",
    digestEvery: 2,
  });
  await sql.end();
});

test.describe.configure({ timeout: 90_000 });

test("in digest mode, the MP receives one message gathering constituents' letters", async ({ browser }) => {
  const writers = [`digest-a-${uniqueSuffix()}@example.org`, `digest-b-${uniqueSuffix()}@example.org`];
  for (const [index, email] of writers.entries()) {
    // The second writer has no JavaScript: every step is a plain form post.
    const page = await (await browser.newContext({ javaScriptEnabled: index === 0 })).newPage();
    await signAndConfirm(page, index === 0 ? "Léa Fortin" : "Omar Siddiqui", email, "K1P 5G4", digestSlug);
    await page.goto(`/en/campaigns/${digestSlug}/write`);
    await page.getByRole("button", { name: "Preview my letters" }).click();
    await expect(page.getByRole("article", { name: "Letter to Priya Lachance" })).toContainText("Dear Priya Lachance,");
    await page.getByRole("button", { name: "Send this letter" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();
    await page.close();
  }
  await expect.poll(async () => (await stub().emailsTo("priya.lachance@parl.example")).filter((m) => m.subject.startsWith("2 letters from constituents")).length, { timeout: 45_000 }).toBe(1);
  const [digest] = (await stub().emailsTo("priya.lachance@parl.example")).filter((m) => m.subject.startsWith("2 letters from constituents"));
  expect(digest!.text).toContain(`From Léa Fortin <${writers[0]}>`);
  expect(digest!.text).toContain(`From Omar Siddiqui <${writers[1]}>`);
  expect(digest!.text).toContain("Dear Priya Lachance,");
});

test("an organiser retries the letters that failed, and those to a disabled address are skipped", async ({ browser }) => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const organiser = `letters-organiser-${uniqueSuffix()}@privatefaces.example`;
  await db.insert(users).values({ email: organiser, role: "organiser" });
  const campaign = await createCampaign(db, { lettersEnabled: true });
  const [opc] = await db.select().from(fixedTargets).where(eq(fixedTargets.key, "opc"));
  await db.insert(letterActions).values({ campaignId: campaign.id, fixedTargetIds: [opc!.id], subjectsEn: "Retried letter", subjectsFr: "Lettre renvoyée", templateEn: "Dear {{representative}}, act.", templateFr: "Bonjour {{representative}}, agissez." });
  const panel = await (await browser.newContext()).newPage();
  await signInAs(panel, organiser);
  const email = `letter-retry-${uniqueSuffix()}@example.org`;
  const page = await (await browser.newContext()).newPage();
  await signAndConfirm(page, "Inès Gagnon", email, "K1P 5G4", campaign.slug);
  // The next two calls to the provider, the two letters, are refused for good (as an unverified sender domain would be).
  await stub().inject({ status: 422, times: 2, path: "/emails", keyPrefix: "letter/" });
  await page.goto(`/en/campaigns/${campaign.slug}/write`);
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await page.getByRole("button", { name: "Send these 2 letters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();
  const retryAll = panel.getByRole("link", { name: "Retry failed letters (2)" });
  await expect
    .poll(
      async () => {
        await panel.goto(`/en/admin/campaigns/${campaign.id}/letters`);
        return retryAll.count();
      },
      { timeout: 45_000 },
    )
    .toBe(1);

  // Meanwhile the commissioner's address bounced: its letter stays failed.
  await db.update(fixedTargets).set({ emailDisabledAt: new Date() }).where(eq(fixedTargets.id, opc!.id));
  try {
    await panel.reload();
    await expect(panel.getByRole("link", { name: "Retry the failed letters to Priya Lachance (1)" })).toBeVisible();
    // Only an elected member has a riding: the commissioner's row names none.
    await expect(panel.getByRole("rowheader", { name: /^Priya Lachance · Ottawa Centre/ })).toBeVisible();
    await expect(panel.getByRole("rowheader", { name: /^Office of the Privacy Commissioner of Canada/ })).not.toContainText("Ottawa");
    await retryAll.click();
    await expect(panel.getByRole("heading", { level: 1, name: "Retry failed letters" })).toBeVisible();
    await expect(panel.getByText("1 failed letter will be queued again.")).toBeVisible();
    await expect(panel.getByText(/^1 will be skipped: its recipient’s address is disabled/)).toBeVisible();
    await panel.getByRole("button", { name: "Queue 1 letter again" }).click();
    await expect(panel.getByRole("status").filter({ hasText: "1 letter queued again; 1 skipped: the address is disabled." })).toBeVisible();
    const [received] = await lettersFrom(email, 1);
    expect(received!.to.join()).toContain("priya.lachance@parl.example");
  } finally {
    await db.update(fixedTargets).set({ emailDisabledAt: null }).where(eq(fixedTargets.id, opc!.id));
    await client.end();
  }
});
