import path from "node:path";
import { expect, test } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs } from "./support/sign-in";

const suffix = uniqueSuffix();
const organiser = `directory-organiser-${suffix}@privatefaces.example`;

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await importDirectory(db, readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
  await db.insert(users).values({ email: organiser, role: "organiser" });
  await client.end();
});

test("an organiser corrects an MP's address and adds a company's privacy office, each change audited", async ({ page }) => {
  await signInAs(page, organiser);
  await page.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Directory" }).click();
  await expect(page.getByText(/House of Commons, via Represent: members\.csv: \d+ rows, as of 1 Oct 2025/)).toBeVisible();
  await page.getByLabel("MP, riding or riding number").fill("Vanier");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.locator("table.data tbody tr")).toHaveCount(1);
  await expectNoSeriousA11yViolations(page);
  await page.getByRole("link", { name: "Hélène Bergeron" }).click();
  await page.getByLabel("Email address").fill(`helene.bergeron.${suffix}@parl.example`);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByText(`source: organiser panel (${organiser}), as of`)).toBeVisible();

  await page.goto("/en/admin/directory");
  await page.getByLabel("Short key (e.g. clearview-privacy)").fill(`facewatch-${suffix}`);
  await page.getByLabel("Name in English").fill("FaceWatch Canada Inc. — privacy office");
  await page.getByLabel("Name in French").fill("FaceWatch Canada inc. — bureau de la vie privée");
  await page.getByLabel("Email address").fill(`privacy-${suffix}@facewatch.example`);
  await page.getByLabel("Jurisdiction (province, or CA)").fill("ca");
  await page.getByRole("button", { name: "Add the target" }).click();
  await expect(page.getByRole("status")).toHaveText("Target added.");
  await page.getByRole("button", { name: "Stop writing to FaceWatch Canada Inc. — privacy office" }).click();
  await expect(page.getByRole("button", { name: "Write to FaceWatch Canada Inc. — privacy office again" })).toBeVisible();

  // The audit log is the admins'; the organiser's three changes are there.
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  const rows = await db.execute<{ action: string }>(sql`select action from audit_events where actor_email = ${organiser} order by id`);
  await client.end();
  expect(rows.map((row) => row.action)).toEqual(["directory.representative.update", "directory.target.create", "directory.target.disable"]);
});
