import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { seedDemo } from "@/db/seed/seed-demo";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import { uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { confirmationLink } from "./support/petition";
import { signInAs, stub } from "./support/sign-in";

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  // An administrator of its own: sign-in links are limited per address, and other files sign in the demo one.
  await db.insert(users).values({ email: adminEmail, role: "admin" });
  await sql.end();
});

const suffix = uniqueSuffix();
const adminEmail = `journey-admin-${suffix}@privatefaces.example`;
const organiser = `organiser-${suffix}@privatefaces.example`;
const slug = `rcmp-facial-recognition-audit-${suffix}`.toLowerCase();
const titleEn = "Publish the RCMP's facial recognition audit";
const titleFr = "Publiez l’audit de la reconnaissance faciale à la GRC";

async function fillCampaign(page: Page) {
  await page.getByLabel("Web address").fill(slug);
  const pairs: [string, string, string][] = [
    ["Title", titleEn, titleFr],
    ["Summary (shown in lists and shared links)", "The RCMP used Clearview AI for months. Canadians deserve to see the full audit.", "La GRC a utilisé Clearview AI pendant des mois. La population a droit à l’audit complet."],
    ["What the petition asks", "Release the complete audit of every facial recognition tool the RCMP has used since 2019.", "Rendez public l’audit complet de chaque outil de reconnaissance faciale utilisé par la GRC depuis 2019."],
    ["Addressed to", "The Minister of Public Safety", "Le ministre de la Sécurité publique"],
    [
      "Campaign text (Markdown)",
      "## Why now\n\nIn June 2021 the federal commissioner found that the RCMP **broke the Privacy Act**.",
      "## Pourquoi maintenant\n\nEn juin 2021, le commissaire fédéral a conclu que la GRC avait **enfreint la Loi sur la protection des renseignements personnels**.",
    ],
  ];
  for (const [legend, en, fr] of pairs) {
    const group = page.getByRole("group", { name: legend, exact: true });
    await group.getByLabel("English", { exact: true }).fill(en);
    await group.getByLabel("French", { exact: true }).fill(fr);
  }
  await page.getByLabel("Goal", { exact: true }).fill("5000");
}

test("an admin invites an organiser, who creates, publishes, watches, exports and closes a bilingual campaign", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signInAs(page, adminEmail);
  await page.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Accounts" }).click();
  await page.getByLabel("Email address").fill(organiser);
  await page.getByLabel("Name (optional)").fill("Maude Lavoie");
  await page.getByLabel("Role", { exact: true }).selectOption("organiser");
  await page.getByRole("button", { name: "Send the invitation" }).click();
  await expect(page.getByRole("status")).toHaveText(`${organiser} is invited and has been sent an email.`);
  await expect(page.getByRole("row", { name: new RegExp(organiser) })).toBeVisible();
  const invitation = await stub().waitForEmailTo(organiser, 15_000, (email) => email.subject.includes("invit"));
  expect(invitation.subject).toContain("invit");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();

  // The organiser follows the invitation to the sign-in page and signs in with an emailed link.
  const invited = await (await browser.newContext()).newPage();
  const signInUrl = /href="([^"]*\/admin\/sign-in[^"]*)"/.exec(invitation.html ?? "")?.[1];
  expect(signInUrl).toBeTruthy();
  await signInAs(invited, organiser);
  await expect(invited.getByText(`${organiser} (organiser)`)).toBeVisible();
  // Organisers have no accounts, settings or audit pages.
  await expect(invited.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Accounts" })).toHaveCount(0);

  await invited.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Campaigns" }).click();
  await invited.getByRole("link", { name: "New campaign" }).click();
  await fillCampaign(invited);
  // The preview shows the Markdown as it will appear.
  await expect(invited.getByRole("region", { name: "Preview (English)" }).getByRole("heading", { name: "Why now" })).toBeVisible();
  await expectNoSeriousA11yViolations(invited);
  await invited.getByRole("button", { name: "Save" }).click();
  await expect(invited.getByRole("status")).toHaveText("Campaign created as a draft. Publish it when it is ready.");
  await expect(invited.getByRole("heading", { level: 1, name: titleEn })).toBeVisible();

  // Signers' details are anonymised six months after closing (the installation's default) unless
  // the campaign sets its own period: a whole number of months from 1 to 120.
  const retention = invited.getByLabel("Anonymise signers’ details this many months after the petition closes");
  await expect(retention).toHaveAccessibleDescription(/Leave blank for this installation’s default: 6 months\./);
  await retention.fill("200");
  await invited.getByRole("button", { name: "Save" }).click();
  await expect(retention).toHaveAttribute("aria-invalid", "true");
  await expect(retention).toHaveAccessibleDescription(/Enter a whole number of months from 1 to 120, or leave the field blank\./);
  await expect(retention).toHaveValue("200");
  await retention.fill("3");
  await invited.getByRole("button", { name: "Save" }).click();
  await expect(invited.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await invited.reload();
  await expect(retention).toHaveValue("3");

  // Publishing asks for confirmation first.
  await invited.getByRole("link", { name: "Publish" }).click();
  await invited.getByRole("button", { name: "Publish" }).click();
  // Refused until the box is ticked: the summary says so and links to the box, marked.
  await expect(invited.getByRole("alert").getByRole("link", { name: "Confirmation: Tick the box to confirm the change." })).toHaveAttribute("href", "#confirm");
  await expect(invited.getByRole("checkbox", { name: /Yes, make/ })).toHaveAttribute("aria-invalid", "true");
  await invited.getByRole("checkbox", { name: /Yes, make/ }).check();
  await invited.getByRole("button", { name: "Publish" }).click();
  await expect(invited.getByRole("status")).toHaveText("The campaign is now Live.");

  // A supporter signs in French, with a name built to run as a spreadsheet formula.
  const signer = `supporter-${suffix}@example.org`;
  const supporter = await (await browser.newContext()).newPage();
  await supporter.goto(`/fr/campagnes/${slug}`);
  await expect(supporter.getByRole("heading", { level: 1, name: titleFr })).toBeVisible();
  await supporter.getByLabel("Nom complet", { exact: true }).fill('=HYPERLINK("http://evil.example","Cliquez")');
  await supporter.getByLabel("Adresse courriel", { exact: true }).fill(signer);
  await supporter.getByLabel("Code postal", { exact: true }).fill("H2X 1Y4");
  await supporter.getByRole("checkbox", { name: /Je signe cette pétition/ }).check();
  await supporter.getByRole("button", { name: "Signer la pétition" }).click();
  await supporter.goto((await confirmationLink(signer)).link);
  await supporter.getByRole("button", { name: /Confirmer ma signature/ }).click();
  await expect(supporter).toHaveURL(/merci/);
  await supporter.close();

  // The organiser sees it arrive, with its consent record.
  await invited.getByRole("link", { name: "Signatures", exact: true }).click();
  await expect(invited.getByRole("cell", { name: signer })).toBeVisible();
  await invited.getByLabel("Email address begins with").fill(`supporter-${suffix}`.toLowerCase());
  await invited.getByRole("button", { name: "Filter" }).click();
  await expect(invited.locator("table.data tbody tr")).toHaveCount(1);
  await expect(invited.locator("table.data tbody tr")).toContainText("Confirmed");
  await invited.getByRole("link", { name: /HYPERLINK/ }).click();
  await expect(invited.getByText(/Agreed: petition/)).toBeVisible();
  await expect(invited.getByText(/Je signe cette pétition/)).toBeVisible();
  await invited.getByRole("link", { name: "All signatures" }).click();

  // The export downloads at once, with the chosen columns, and the formula is defused.
  await invited.getByRole("checkbox", { name: "Postal code" }).check();
  await invited.getByRole("checkbox", { name: "Subscribed" }).uncheck();
  const [download] = await Promise.all([invited.waitForEvent("download"), invited.getByRole("button", { name: "Export as CSV" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  const lines = csv
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines[0]).toBe("Name,Email,State,Postal code,Province,Country,Riding,Language,Signed,Confirmed");
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.example"",""Cliquez"")",${signer},confirmed,H2X 1Y4,QC,CA,,fr,`);

  // Closing is confirmed too, and the public page stops taking signatures.
  await invited.getByRole("link", { name: titleEn }).click();
  await invited.getByRole("link", { name: "Close" }).click();
  await invited.getByRole("checkbox", { name: /Yes, make/ }).check();
  await invited.getByRole("button", { name: "Close" }).click();
  await expect(invited.getByRole("status")).toHaveText("The campaign is now Closed.");
  await invited.goto(`/en/campaigns/${slug}`);
  await expect(invited.getByRole("button", { name: "Sign the petition" })).toHaveCount(0);

  // Every step is in the audit log, which the admin can filter.
  await signInAs(page, adminEmail);
  await page.goto(`/en/admin/audit?actor=${encodeURIComponent(organiser)}`);
  for (const action of ["Created a campaign", "Published a campaign", "Exported signatures", "Closed a campaign"]) {
    await expect(page.getByRole("cell", { name: action, exact: true })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page);
});
