import { expect, test } from "@playwright/test";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import { demoAdminEmail } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { uniqueSuffix } from "../support/factories";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { signInAs, signInLinkFor, stub } from "./support/sign-in";

const viewerEmail = `viewer-${uniqueSuffix()}@privatefaces.example`;

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await db.insert(users).values({ email: viewerEmail, name: "Read-only volunteer", role: "viewer" });
  await sql.end();
});

test("an organiser signs in with the emailed link, and an unknown address learns nothing", async ({ page }) => {
  const stranger = `stranger-${uniqueSuffix()}@example.org`;
  await page.goto("/en/admin");
  await expect(page).toHaveURL("/en/admin/sign-in");
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Email address").fill(stranger);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  await signInAs(page, demoAdminEmail);
  await expect(page).toHaveURL("/en/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await expect(page.getByText(`${demoAdminEmail} (admin)`)).toBeVisible();
  await expectNoSeriousA11yViolations(page);
  expect(await stub().emailsTo(stranger)).toEqual([]);

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL("/en/admin/sign-in");
  await page.goto("/en/admin/outbox");
  await expect(page).toHaveURL("/en/admin/sign-in");
});

test("a sign-in link works once, and only its button spends it", async ({ page, browser, request }) => {
  const before = (await stub().emailsTo(demoAdminEmail)).length;
  await page.goto("/fr/admin/connexion");
  await page.getByLabel("Adresse courriel").fill(demoAdminEmail);
  await page.getByRole("button", { name: "M’envoyer un lien de connexion" }).click();
  const link = await signInLinkFor(demoAdminEmail, before);
  // In French, as asked (staff may get other mail meanwhile, so the new ones are searched).
  expect((await stub().emailsTo(demoAdminEmail)).slice(before).map((email) => email.subject)).toContain("Votre lien de connexion à Chorus");
  // Opened by a mail scanner first: the page only offers its button, and the link still works.
  const scanner = await request.get(link);
  expect(scanner.status()).toBe(200);
  expect(await scanner.text()).toContain("Me connecter");
  await page.goto(link);
  await page.getByRole("button", { name: "Me connecter" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tableau de bord" })).toBeVisible();

  const other = await browser.newPage();
  await other.goto(link);
  await other.getByRole("button", { name: "Me connecter" }).click();
  await expect(other.getByText(/expiré ou a déjà servi|expired or was already used/)).toBeVisible();
  await other.close();
});

test("a failed email can be retried from the panel, and then goes out", async ({ page }) => {
  await signInAs(page, demoAdminEmail);
  // The next call to the provider is refused as invalid: a permanent failure.
  await stub().inject({ status: 422, path: "/emails" });
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await page.getByLabel("Email address").fill(demoAdminEmail);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your email" })).toBeVisible();

  await signInAs(page, demoAdminEmail);
  await page.getByRole("navigation", { name: "Organiser panel" }).getByRole("link", { name: "Email" }).click();
  const failedFilter = page.getByRole("navigation", { name: "Filter by state" }).getByRole("link", { name: "Failed" });
  await failedFilter.click();
  // Wait for the filtered list itself, not the previous page still on screen.
  await expect(page).toHaveURL(/status=failed/);
  await expect(failedFilter).toHaveAttribute("aria-current", "page");
  await expect(page.getByText(/validation_error/).first()).toBeVisible();
  await page.getByRole("link", { name: "Your sign-in link for Chorus" }).first().click();
  await expect(page.getByText("This is a sign-in link: its content is never shown here")).toBeVisible();
  await page.getByRole("button", { name: "Retry sending" }).click();
  await expect
    .poll(
      async () => {
        await page.reload();
        return page.locator(".facts .badge").textContent();
      },
      { timeout: 20_000 },
    )
    .toBe("Sent");
});

test("a viewer sees the dashboard but not the email log", async ({ page }) => {
  await signInAs(page, viewerEmail);
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page.goto("/en/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Not available to your role" })).toBeVisible();
});
