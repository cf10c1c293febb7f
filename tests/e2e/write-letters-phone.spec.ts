import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { fixedTargets, letterActions } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { prepareLetterDirectory } from "./support/letters";
import { signAndConfirm } from "./support/petition";

/*
 * Every step of the letter composer on a 390 px phone, in both languages: nothing scrolls sideways
 * and axe finds no serious violation. The riding lists hold the directory's longest names with
 * their member and "no email address known", as a real province's list does.
 */

type Write = { linkButton: string; linkEmail: string; preview: string; sentTitle: string; errors: { emailInvalid: string; postalCodeInvalid: string } };
const catalogue = (locale: string) => (JSON.parse(readFileSync(path.resolve(`messages/${locale}.json`), "utf8")) as { Write: Write }).Write;

let slug = "";
let digestSlug = "";
const PHONE = { width: 390, height: 844 };
const segment = { en: "campaigns", fr: "campagnes" } as const;
const write = { en: "write", fr: "ecrire" } as const;

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await prepareLetterDirectory(db);
  const [opc] = await db.select().from(fixedTargets).where(eq(fixedTargets.key, "opc"));
  const campaign = await createCampaign(db, { lettersEnabled: true });
  slug = campaign.slug;
  const texts = {
    subjectsEn: "Keep facial recognition out of Canadian transit stations and public squares, now and for good",
    subjectsFr: "Tenez la reconnaissance faciale à l’écart des gares et des places publiques du Canada, maintenant et pour de bon",
    salutationEn: "Dear {{representative}},",
    salutationFr: "Bonjour {{representative}},",
    templateEn: "As a resident of {{riding}}, I ask you to act.\n\nSincerely,\n{{supporter_name}}",
    templateFr: "J’habite {{riding}} et je vous demande d’agir.\n\nSalutations distinguées,\n{{supporter_name}}",
    orgSalutationEn: "Dear Commissioner,",
    orgSalutationFr: "Madame la Commissaire, Monsieur le Commissaire,",
    orgTemplateEn: "Please act.\n\n{{supporter_name}}",
    orgTemplateFr: "Agissez, je vous prie.\n\n{{supporter_name}}",
  };
  await db.insert(letterActions).values({ campaignId: campaign.id, fixedTargetIds: [opc!.id], ...texts });
  const digest = await createCampaign(db, { lettersEnabled: true });
  digestSlug = digest.slug;
  await db.insert(letterActions).values({ campaignId: digest.id, ...texts, delivery: "digest", digestEvery: 50 });
  await sql.end();
});

/** No sideways scroll (naming the widest elements when there is one), and no serious axe violation. */
async function expectFitsPhone(page: Page, step: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.scrollWidth;
    const wide = [...document.querySelectorAll("body *")]
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ right }) => right > window.innerWidth + 1)
      .sort((a, b) => b.right - a.right)
      .slice(0, 5)
      .map(({ element, right }) => `${element.tagName.toLowerCase()}.${element.className} (${Math.round(right)} px)`);
    return { width, wide };
  });
  expect(overflow.width, `${step}: page wider than the phone; widest: ${overflow.wide.join(", ")}`).toBeLessThanOrEqual(PHONE.width);
  await expectNoSeriousA11yViolations(page);
}

test.describe.configure({ timeout: 120_000 });

for (const locale of ["en", "fr"] as const) {
  const t = catalogue(locale);
  const composer = (campaign: string, query = "") => `/${locale}/${segment[locale]}/${campaign}/${write[locale]}${query}`;

  test(`every step of the composer fits a 390 px phone and passes axe (${locale})`, async ({ browser }) => {
    // Not signed in this browser: the request for a link to write, and its error.
    const stranger = await (await browser.newContext({ viewport: PHONE })).newPage();
    await stranger.goto(composer(slug));
    await expect(stranger.getByRole("button", { name: t.linkButton })).toBeVisible();
    await expectFitsPhone(stranger, "writer-link request");
    await stranger.getByLabel(t.linkEmail).fill("not-an-address");
    await stranger.getByRole("button", { name: t.linkButton }).click();
    await expect(stranger.getByText(t.errors.emailInvalid)).toBeVisible();
    await expectFitsPhone(stranger, "writer-link request, refused");
    await stranger.close();

    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await signAndConfirm(page, "Gabrielle Montpetit-Vaillancourt", `phone-${locale}-${uniqueSuffix()}@example.org`, "K1S 5B6", slug);
    // Postal code, the choice between the two ridings the code spans, and both letters.
    await page.goto(composer(slug));
    await expect(page.getByRole("radio")).toHaveCount(2);
    await expectFitsPhone(page, "riding choice and compose");
    // A code placed by its prefix only (its likely riding, and the rest of the province in a list),
    // then one placed nowhere (a list of the whole province).
    await page.goto(composer(slug, "?postalCode=K1P%201J1"));
    await expect(page.getByRole("radio")).toHaveCount(2);
    await expectFitsPhone(page, "prefix hint");
    await page.goto(composer(slug, "?postalCode=K2A%201A1"));
    await expect(page.getByRole("combobox").last()).toBeVisible();
    await expectFitsPhone(page, "province list");
    await page.goto(composer(slug, "?postalCode=NOT"));
    await expect(page.getByText(t.errors.postalCodeInvalid)).toBeVisible();
    await expectFitsPhone(page, "postal code refused");

    await page.goto(composer(slug));
    await page.getByRole("radio").first().check();
    await page.getByRole("button", { name: t.preview }).click();
    await expect(page.getByRole("article")).toHaveCount(2);
    await expectFitsPhone(page, "preview");
    await page.getByRole("button", { name: /2/ }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: t.sentTitle })).toBeVisible();
    await expectFitsPhone(page, "sent");

    // Digest mode: the same steps for a campaign that gathers letters per recipient.
    await signAndConfirm(page, "Gabrielle Montpetit-Vaillancourt", `phone-digest-${locale}-${uniqueSuffix()}@example.org`, "K1S 5B6", digestSlug);
    await page.goto(composer(digestSlug));
    await page.getByRole("radio").nth(1).check();
    await expectFitsPhone(page, "digest compose");
    await page.getByRole("button", { name: t.preview }).click();
    await expect(page.getByRole("article")).toHaveCount(1);
    await expectFitsPhone(page, "digest preview");
  });
}
