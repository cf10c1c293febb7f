import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { fixedTargets, letterActions, representatives } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { prepareLetterDirectory } from "./support/letters";
import { lettersFrom } from "./support/letters-received";
import { signAndConfirm } from "./support/petition";
import { stub } from "./support/sign-in";

let slug = "";
let provincialSlug = "";
const PROVINCIAL_CENTRE = "ocd-division/country:ca/province:on/ed:78-2015";

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await prepareLetterDirectory(db);
  const campaign = await createCampaign(db, { lettersEnabled: true });
  slug = campaign.slug;
  const [opc] = await db.select().from(fixedTargets).where(eq(fixedTargets.key, "opc"));
  await db.insert(letterActions).values({
    campaignId: campaign.id,
    fixedTargetIds: [opc!.id],
    subjectsEn: "Stop face scanning in transit stations",
    subjectsFr: "Arrêtez la lecture faciale dans les gares",
    salutationEn: "Dear {{representative}},",
    salutationFr: "Bonjour {{representative}},",
    templateEn: "As a resident of {{riding}}, I ask you to rule out facial recognition in transit stations.\n\n{{supporter_name}}",
    templateFr: "J’habite {{riding}} et je vous demande d’exclure la reconnaissance faciale dans les gares.\n\n{{supporter_name}}",
    // The commissioner reads its own text: the supporter is not its constituent.
    orgSalutationEn: "Dear Commissioner,",
    orgSalutationFr: "Madame la Commissaire, Monsieur le Commissaire,",
    orgTemplateEn: "I ask your office to investigate facial recognition in transit stations.\n\n{{supporter_name}}",
    orgTemplateFr: "Je demande à votre commissariat d’enquêter sur la reconnaissance faciale dans les gares.\n\n{{supporter_name}}",
  });
  // The shared data names no provincial members: one entered as an organiser would (the fixtures hold three Ontario provincial ridings).
  // Upserted: the integration tests, which share this database, may have stored another member there.
  const member = { ridingId: PROVINCIAL_CENTRE, office: "MPP", name: "Catherine Ouellette", party: null, email: "catherine.ouellette@ola.example", photoUrl: null, source: "test", asOf: "2025-10-01", disabledAt: null, emailDisabledAt: null };
  await db
    .insert(representatives)
    .values({ key: `mpp:${PROVINCIAL_CENTRE}`, ...member })
    .onConflictDoUpdate({ target: representatives.key, set: member });
  const provincial = await createCampaign(db, { lettersEnabled: true });
  provincialSlug = provincial.slug;
  await db.insert(letterActions).values({
    campaignId: provincial.id,
    toProvincialMember: true,
    subjectsEn: "Ban face scanning in Ontario transit",
    subjectsFr: "Interdisez la lecture faciale dans les transports de l’Ontario",
    templateEn: "Dear {{representative}},\n\nAs a resident of {{riding}}, I ask you to act.\n\n{{supporter_name}}",
    templateFr: "Bonjour {{representative}},\n\nJ’habite {{riding}} et vous demande d’agir.\n\n{{supporter_name}}",
  });
  await sql.end();
});

test.describe.configure({ timeout: 90_000 });

test("after signing, a supporter whose postal code lies in one riding writes to their MP and the commissioner, each in its own words, and gets a copy", async ({ page }) => {
  const email = `letter-one-${uniqueSuffix()}@example.org`;
  await signAndConfirm(page, "Noor Haddad", email, "K1P 5G4", slug);
  await page.getByRole("link", { name: "Write to your MP" }).click();
  await expect(page.getByText("Your riding and MP: Ottawa Centre — Priya Lachance (Independent)")).toBeVisible();
  await expect(page.getByText("Your letter also goes to: Office of the Privacy Commissioner of Canada.")).toBeVisible();
  const toMpText = page.getByLabel("Your letter to your MP");
  const toOpcText = page.getByLabel("Your letter to Office of the Privacy Commissioner of Canada");
  await expect(toMpText).toHaveValue(/^As a resident of Ottawa Centre,[\s\S]*Noor Haddad$/);
  await expect(toOpcText).toHaveValue(/^I ask your office to investigate[\s\S]*Noor Haddad$/);
  await toMpText.fill("I ride the O-Train every day.\n\nI do not want my face scanned at [your riding]’s stations.\n\nThank you,\nNoor Haddad");
  await page.getByRole("button", { name: "Preview my letters" }).click();
  // Each recipient's letter as they will read it, paragraph by paragraph; nothing has gone yet.
  await expect(page.getByRole("heading", { name: "Check your 2 letters before they go" })).toBeFocused();
  const mpPreview = page.getByRole("article", { name: "Letter to Priya Lachance" });
  await expect(mpPreview.locator(".letter-body p")).toHaveText(["Dear Priya Lachance,", "I ride the O-Train every day.", "I do not want my face scanned at Ottawa Centre’s stations.", "Thank you,Noor Haddad"]);
  const opcPreview = page.getByRole("article", { name: "Letter to Office of the Privacy Commissioner of Canada" });
  await expect(opcPreview.locator(".letter-body p")).toHaveText(["Dear Commissioner,", "I ask your office to investigate facial recognition in transit stations.", "Noor Haddad"]);
  for (const preview of [mpPreview, opcPreview]) await expect(preview).not.toContainText(/\{\{|\[/);
  await page.getByRole("button", { name: "Change my letter" }).click();
  await expect(toMpText).toHaveValue(/I ride the O-Train every day\./);
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await page.getByRole("button", { name: "Send these 2 letters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();

  const received = await lettersFrom(email, 2);
  const toMp = received.find((m) => m.to.some((to) => to.includes("priya.lachance@parl.example")))!;
  expect(toMp.subject).toBe("Stop face scanning in transit stations");
  expect(toMp.from).toMatch(/^"?Noor Haddad via Private Faces Coalition"? <campaigns@privatefaces\.example>$/);
  expect([toMp.reply_to].flat()).toEqual([email]);
  // The plain-text part keeps the letter's paragraphs and line breaks; so does the HTML one.
  expect(toMp.text).toContain("Dear Priya Lachance,\n\nI ride the O-Train every day.\n\nI do not want my face scanned at Ottawa Centre’s stations.\n\nThank you,\nNoor Haddad");
  expect(toMp.html).toMatch(/>I ride the O-Train every day\.<\/p>[\s\S]*>I do not want my face scanned/);
  expect(toMp.text).toContain("a constituent of Ottawa Centre (postal code K1P 5G4)");
  const toOpc = received.find((m) => m.to.some((to) => to.includes("info@priv.example")))!;
  expect(toOpc.text).toContain("Dear Commissioner,\n\nI ask your office to investigate facial recognition in transit stations.\n\nNoor Haddad");
  expect(toOpc.text).not.toMatch(/constituent|resident of|O-Train/);

  // The supporter's copy: one email with each letter as its recipient received it.
  await expect.poll(async () => (await stub().emailsTo(email)).filter((m) => m.subject.startsWith("A copy of your")).length, { timeout: 30_000 }).toBe(1);
  const [copy] = (await stub().emailsTo(email)).filter((m) => m.subject.startsWith("A copy of your"));
  expect(copy!.text).toContain("To Priya Lachance");
  expect(copy!.text).toContain("I ride the O-Train every day.\n\nI do not want my face scanned at Ottawa Centre’s stations.");
  expect(copy!.text).toContain("To Office of the Privacy Commissioner of Canada");
  expect(copy!.text).toContain("Dear Commissioner,");
});

test("a supporter whose postal code spans two ridings chooses theirs; a code known only by its prefix is never guessed", async ({ page }) => {
  const email = `letter-two-${uniqueSuffix()}@example.org`;
  await signAndConfirm(page, "Gabriel Côté", email, "K1S 5B6", slug);
  await page.goto(`/en/campaigns/${slug}/write`);
  const choice = page.getByRole("group", { name: "The postal code K1S 5B6 is shared by more than one riding. Which one do you live in?" });
  await expect(choice.getByRole("radio")).toHaveCount(2);
  await choice.getByRole("radio", { name: /Ottawa South — Daniel Okafor/ }).check();
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await expect(page.getByRole("article", { name: "Letter to Daniel Okafor" })).toContainText("As a resident of Ottawa South,");
  await page.getByRole("button", { name: "Send these 2 letters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();
  const received = await lettersFrom(email, 2);
  const toMp = received.find((m) => m.to.some((to) => to.includes("daniel.okafor@parl.example")))!;
  expect(toMp.text).toContain("As a resident of Ottawa South,");

  // Another postal code typed in the composer: only its prefix is known, so nothing is preselected.
  await page.goto(`/en/campaigns/${slug}/write?postalCode=K1P%201J1`);
  const hinted = page.getByRole("group", { name: /We could not place K1P 1J1 exactly/ });
  await expect(hinted.getByRole("radio", { name: /Ottawa Centre/ })).not.toBeChecked();
});

test("a supporter chooses their provincial riding from the list and writes to their MPP as well as their MP", async ({ page }) => {
  const email = `letter-mpp-${uniqueSuffix()}@example.org`;
  await signAndConfirm(page, "Tomás Reyes", email, "K1P 5G4", provincialSlug);
  await page.getByRole("link", { name: "Write to your MP" }).click();
  await expect(page.getByText("Your riding and MP: Ottawa Centre — Priya Lachance (Independent)")).toBeVisible();
  // Nothing exact is known at the provincial level: the supporter picks, nothing is preselected.
  const provincial = page.getByLabel("Which provincial riding do you live in? (postal code K1P 5G4)");
  await expect(provincial).toHaveValue("");
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await expect(provincial).toBeFocused();
  await provincial.selectOption({ label: "Ottawa Centre — Catherine Ouellette" });
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await expect(page.getByRole("heading", { name: "Check your 2 letters before they go" })).toBeFocused();
  await expect(page.getByRole("article", { name: "Letter to Catherine Ouellette" })).toContainText("As a resident of Ottawa Centre,");
  await expect(page.getByRole("article", { name: "Letter to Priya Lachance" })).toContainText("Dear Priya Lachance,");
  await page.getByRole("button", { name: "Send these 2 letters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();

  const received = await lettersFrom(email, 2);
  const toMpp = received.find((m) => m.to.some((to) => to.includes("catherine.ouellette@ola.example")))!;
  expect(toMpp.subject).toBe("Ban face scanning in Ontario transit");
  expect(toMpp.from).toMatch(/^"?Tomás Reyes via Private Faces Coalition"? <campaigns@privatefaces\.example>$/);
  expect([toMpp.reply_to].flat()).toEqual([email]);
  expect(toMpp.text).toContain("Dear Catherine Ouellette,");
  expect(toMpp.text).toContain("a constituent of Ottawa Centre (postal code K1P 5G4)");
  expect(received.some((m) => m.to.some((to) => to.includes("priya.lachance@parl.example")))).toBe(true);
});

test("without a confirmed signature in this browser, the composer asks to sign first", async ({ page }) => {
  await page.goto(`/fr/campagnes/${slug}/ecrire`);
  await expect(page.getByText(/Signez la pétition, puis suivez le lien du courriel de confirmation/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Voir mes lettres avant l’envoi" })).toHaveCount(0);
});

test("a supporter who signed on another device asks for a link by email and writes from here", async ({ browser }) => {
  const email = `letter-later-${uniqueSuffix()}@example.org`;
  const signing = await (await browser.newContext()).newPage();
  await signAndConfirm(signing, "Amara Nwosu", email, "K1P 5G4", slug);
  await signing.close();

  const page = await (await browser.newContext()).newPage();
  await page.goto(`/en/campaigns/${slug}/write`);
  await page.getByLabel("Email address you signed with").fill("not-an-address");
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByLabel("Email address you signed with")).toHaveAccessibleDescription("Enter the email address you signed with, such as name@example.org.");
  await page.getByLabel("Email address you signed with").fill(email.toUpperCase());
  await page.getByRole("button", { name: "Email me a link" }).click();
  await expect(page.getByRole("status")).toContainText("If this address has signed and confirmed, a link is on its way");

  const linkEmail = async () => (await stub().emailsTo(email)).find((m) => m.subject.startsWith("Your link to write"));
  await expect.poll(async () => Boolean(await linkEmail()), { timeout: 20_000 }).toBe(true);
  const link = /href="([^"]*\/write\/open\/[^"]+)"/.exec((await linkEmail())?.html ?? "")?.[1];
  expect(link).toBeTruthy();
  // Following the link (as a mail scanner would) spends nothing: the button does.
  await page.goto(link!);
  await page.reload();
  await page.getByRole("button", { name: "Continue to my letters" }).click();
  await expect(page.getByText("Your riding and MP: Ottawa Centre — Priya Lachance (Independent)")).toBeVisible();
  await page.getByRole("button", { name: "Preview my letters" }).click();
  await page.getByRole("button", { name: "Send these 2 letters" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your letters are on their way" })).toBeVisible();
  expect(await lettersFrom(email, 2)).toHaveLength(2);

  // Used once: a second visit offers a new link instead.
  await page.goto(link!);
  await page.getByRole("button", { name: "Continue to my letters" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link has expired or was already used." })).toBeVisible();
});
