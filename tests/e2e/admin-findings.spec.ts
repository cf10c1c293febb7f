import { expect, test } from "@playwright/test";
import { eq } from "drizzle-orm";
import { connect } from "@/db/client";
import { auditEvents, findings, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const organiser = `findings-organiser-${suffix}@privatefaces.example`;
const id = `2022-06-14--quebec-inquiry-${suffix.toLowerCase().replace(/[^a-z0-9]/g, "")}`;

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await db.insert(users).values({ email: organiser, role: "organiser" });
  await client.end();
});

test("an organiser records a finding with the import format's rules, sees gaps flagged, and corrects it", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await signInAs(page, organiser);
  await page.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Findings" }).click();
  await page.getByRole("link", { name: "Add a finding" }).click();
  await page.getByLabel("Identifier").fill(id);
  await page.getByLabel("Date").first().fill("2022-06-14");
  await page.getByLabel("Kind").selectOption("order");
  await page.getByRole("checkbox", { name: /^Binding/ }).check();
  await page.getByLabel("Jurisdictions").fill("QC");
  await page.getByLabel("Title (English)").fill("Québec regulator orders a retailer to stop face matching");
  await page.getByLabel("Title (French)").fill("Le régulateur québécois ordonne à un détaillant de cesser l’appariement facial");
  await page.getByLabel("Summary (English)").fill("The regulator found that the stores matched shoppers' faces against a watch list without consent.");
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Address (URL)").fill("not a web address");
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Title").fill("Decision");
  await page.getByRole("button", { name: "Save the finding" }).click();

  // A binding order with no issuer and a source with no address: each problem beside its field, nothing saved.
  await expect(page.getByRole("alert").filter({ hasText: "Some fields need attention" })).toBeVisible();
  await expect(page.getByLabel("Issuing bodies")).toHaveAccessibleDescription(/A binding record needs at least one issuing body\./);
  await expect(page.getByRole("group", { name: "Source 1" }).getByText("This source needs an address starting with http:// or https://")).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link", { name: /^Source 1: This source needs an address/ })).toHaveAttribute("href", "#source_0");
  await expect(page.getByLabel("Title (English)")).toHaveValue("Québec regulator orders a retailer to stop face matching");
  await expectNoSeriousA11yViolations(page);

  await page.getByLabel("Issuing bodies").fill("Commission d'accès à l'information du Québec");
  await page.getByRole("group", { name: "Source 1" }).getByLabel("Address (URL)").fill("https://www.cai.gouv.qc.ca/decisions/example");
  await page.getByLabel("Summary (English)").fill("The stores matched shoppers' faces against a watch list without consent. The penalty is to be confirmed.");
  await page.getByRole("button", { name: "Save the finding" }).click();
  await expect(page.getByRole("status")).toHaveText("The finding is created.");
  await expect(page.getByText("This record is incomplete: it stays off the public timeline")).toBeVisible();
  await expect(page.getByLabel("Identifier")).toHaveAttribute("readonly", "");

  await page.getByLabel("Summary (English)").fill("The stores matched shoppers' faces against a watch list without consent; no penalty was imposed.");
  await page.getByRole("checkbox", { name: /^Mark as incomplete/ }).uncheck();
  await page.getByRole("button", { name: "Save the finding" }).click();
  await expect(page.getByRole("status").filter({ hasText: /^Saved\.$/ })).toBeVisible();
  await page.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Findings" }).click();
  await expect(page.getByRole("row", { name: /Québec regulator orders a retailer/ })).toContainText("Complete");

  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const [stored] = await db.select().from(findings).where(eq(findings.id, id));
  const audited = await db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
  await client.end();
  expect(stored?.issuers).toEqual(["Commission d'accès à l'information du Québec"]);
  expect(stored?.incomplete).toBe(false);
  expect(audited.map((event) => event.action).sort()).toEqual(["finding.create", "finding.update"]);
});
