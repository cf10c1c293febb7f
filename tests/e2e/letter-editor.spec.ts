import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { fixedTargets, letterActions, users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { prepareLetterDirectory } from "./support/letters";
import { signInAs } from "./support/sign-in";

/*
 * The organiser's letter editor: a text per kind of recipient, each with its salutation; a refused
 * save keeps every value as typed and says what is wrong beside the field, in both languages.
 */

type Letters = { fields: Record<string, string>; save: string; saved: string; toMp: string; errors: { summary: string; required: string } };
const catalogue = (locale: string) => (JSON.parse(readFileSync(path.resolve(`messages/${locale}.json`), "utf8")) as { Admin: { Letters: Letters } }).Admin.Letters;
const lettersPath = { en: "/en/admin/campaigns", fr: "/fr/admin/campagnes" } as const;
const lettersSegment = { en: "letters", fr: "lettres" } as const;

test.describe.configure({ timeout: 90_000 });

for (const locale of ["en", "fr"] as const) {
  test(`a refused save keeps every value as typed, and a good one is used for each kind of recipient (${locale})`, async ({ page }) => {
    const t = catalogue(locale);
    const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
    await prepareLetterDirectory(db);
    const organiser = `letter-editor-${locale}-${uniqueSuffix()}@privatefaces.example`;
    await db.insert(users).values({ email: organiser, role: "organiser" });
    const campaign = await createCampaign(db, { lettersEnabled: true });
    const [opc] = await db.select().from(fixedTargets).where(eq(fixedTargets.key, "opc"));
    await signInAs(page, organiser, locale);
    await page.goto(`${lettersPath[locale]}/${campaign.id}/${lettersSegment[locale]}`);

    const field = (name: string) => page.getByLabel(t.fields[name]!, { exact: true });
    await page.getByRole("checkbox", { name: /Office of the Privacy Commissioner of Canada|Commissariat à la protection de la vie privée du Canada/ }).check();
    await page.getByRole("checkbox", { name: t.toMp }).uncheck();
    await page.getByRole("checkbox", { name: t.toMp }).check();
    const typed = {
      subjectsEn: "Rule out face scanning\nPublish the audit",
      salutationEn: "Dear {{representative}},",
      templateEn: "As your constituent in {{riding}}, please act.\n\nSincerely,\n{{supporter_name}}",
      orgSalutationEn: "Dear Commissioner,",
      orgTemplateEn: "Please investigate, {{postcode}}.\n\n{{supporter_name}}",
      orgTemplateFr: "",
    };
    for (const [name, value] of Object.entries(typed)) await field(name).fill(value);
    await page.getByLabel(/At most this many letters|Au plus ce nombre/).fill("12");
    await page.getByRole("button", { name: t.save, exact: true }).click();

    // Refused: each problem beside its field, and nothing typed is lost.
    await expect(page.getByRole("alert").filter({ hasText: t.errors.summary })).toBeVisible();
    await expect(field("orgTemplateEn")).toHaveAccessibleDescription(/\{\{postcode\}\}.*\{\{supporter_name\}\}/);
    await expect(field("orgTemplateEn")).toHaveAttribute("aria-invalid", "true");
    await expect(field("orgTemplateFr")).toHaveAccessibleDescription(t.errors.required);
    for (const [name, value] of Object.entries(typed)) await expect(field(name)).toHaveValue(value);
    await expect(page.getByLabel(/At most this many letters|Au plus ce nombre/)).toHaveValue("12");
    await expect(page.getByRole("checkbox", { name: /Office of the Privacy Commissioner of Canada|Commissariat à la protection de la vie privée du Canada/ })).toBeChecked();
    expect(await db.select().from(letterActions).where(eq(letterActions.campaignId, campaign.id))).toHaveLength(0);
    // The refused form, errors and all, fits a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1366, height: 900 });

    await field("orgTemplateEn").fill("Please investigate.\n\n{{supporter_name}}");
    await field("orgTemplateFr").fill("Enquêtez, je vous prie.\n\n{{supporter_name}}");
    await page.getByRole("button", { name: t.save, exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: t.saved })).toBeVisible();
    const [saved] = await db.select().from(letterActions).where(eq(letterActions.campaignId, campaign.id));
    expect(saved).toMatchObject({ salutationEn: "Dear {{representative}},", orgSalutationEn: "Dear Commissioner,", orgTemplateEn: "Please investigate.\n\n{{supporter_name}}", fixedTargetIds: [opc!.id], maxPerHourPerTarget: 12 });
    await expect(field("orgTemplateFr")).toHaveValue("Enquêtez, je vous prie.\n\n{{supporter_name}}");
    await sql.end();
  });
}
