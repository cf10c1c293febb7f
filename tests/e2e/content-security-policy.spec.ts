import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { campaignFindings, campaignUpdates, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { webArgs } from "@/scripts/lib/web-command";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { signInAs } from "./support/sign-in";
import { answers } from "./support/start-process";

/*
 * Every page carries a Content-Security-Policy whose scripts need this response's nonce (no
 * 'unsafe-inline'), and still works: React hydrates, a button that needs JavaScript answers, and
 * the browser reports no violation, in both languages, public pages and the panel alike.
 */

const suffix = uniqueSuffix();
const admin = `csp-admin-${suffix}@privatefaces.example`;
const findingId = `2021-02-03--csp-test-${suffix.toLowerCase().replace(/[^a-z0-9]/g, "")}`;
const at = { slug: "", campaignId: "", updateId: "" };

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  // The organisation's settings (footer, settings form) come with the demo seed.
  await seedDemo(db);
  const campaign = await createCampaign(db);
  Object.assign(at, { slug: campaign.slug, campaignId: campaign.id });
  await db.insert(users).values({ email: admin, role: "admin" });
  await db.execute(sql`
    insert into findings (id, date, sort_date, kind, binding, jurisdictions, issuers, file_numbers, tags, actors, related, title_en, title_fr, summary_en, importance)
    values (${findingId}, '2021-02-03', '2021-02-03', 'finding', false, '{CA}', '{}', '{}', '{}', '{}', '{}', 'CSP test finding', 'Constat du test CSP', 'A record.', 5)`);
  await db.insert(campaignFindings).values({ campaignId: campaign.id, findingId, position: 0 });
  const [update] = await db.insert(campaignUpdates).values({ campaignId: campaign.id, titleEn: "CSP update", titleFr: "Mise à jour CSP", bodyEn: "Text.", bodyFr: "Texte.", status: "published", publishedAt: new Date() }).returning();
  at.updateId = update!.id;
  await client.end();
});

/** Collects what the browser refuses under the page's policy (its event and its console message). */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) seen.push(message.text());
  });
  await page.exposeFunction("__reportCsp", (line: string) => seen.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCsp: (line: string) => void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return seen;
}

/** Opens a page and checks its policy and that React took over the server's HTML. */
async function openUnderPolicy(page: Page, path: string): Promise<string> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  const policy = (await response!.headerValue("content-security-policy")) ?? "";
  const scripts =
    policy
      .split(";")
      .map((part) => part.trim())
      .find((part) => part.startsWith("script-src")) ?? "";
  expect(scripts, path).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scripts, path).not.toContain("'unsafe-inline'");
  expect(scripts, path).not.toContain("'unsafe-eval'");
  for (const directive of ["object-src 'none'", "base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'"]) expect(policy, path).toContain(directive);
  expect(response!.headers()["strict-transport-security"], `${path}: HSTS over plain http`).toBeUndefined();
  // Hydrated: React has attached itself to the page's elements (only its scripts, run under the nonce, can).
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react"))), { message: path }).toBe(true);
  return scripts;
}

test("public pages in both languages run their scripts under a nonce, hydrate, and break no rule", async ({ page, context }) => {
  test.setTimeout(120_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const violations = await watchViolations(page);
  const paths = [
    "/en",
    "/fr",
    `/en/campaigns/${at.slug}`,
    `/fr/campagnes/${at.slug}`,
    `/en/campaigns/${at.slug}/updates`,
    `/fr/campagnes/${at.slug}/mises-a-jour/${at.updateId}`,
    `/en/campaigns/${at.slug}/updates/${at.updateId}`,
    "/en/updates",
    "/fr/mises-a-jour",
    "/en/findings",
    "/fr/constats",
    `/en/findings/${findingId}`,
    `/fr/constats/${findingId}`,
  ];
  const nonces = new Set<string>();
  for (const path of paths) nonces.add(await openUnderPolicy(page, path));
  expect(nonces.size, "a fresh nonce on every response").toBe(paths.length);

  // A button that exists only once JavaScript runs, in each language: copying the petition's link.
  for (const [path, copy, copied] of [
    [`/en/campaigns/${at.slug}`, "Copy the link", "Link copied"],
    [`/fr/campagnes/${at.slug}`, "Copier le lien", "Lien copié"],
  ] as const) {
    // Another address than the one opened above: the browser would revalidate its copy of that one,
    // and a 304 carries no policy of its own (docs/caching.md); the shared cache answers this one.
    await openUnderPolicy(page, `${path}?from=share`);
    await page.getByRole("button", { name: copy }).click();
    await expect(page.getByText(copied)).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("the panel in both languages runs under the same policy and its forms still work with JavaScript", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, admin);
  const violations = await watchViolations(page);
  for (const path of ["/en/admin", "/en/admin/campaigns", `/en/admin/campaigns/${at.campaignId}`, `/en/admin/campaigns/${at.campaignId}/updates/${at.updateId}`, "/en/admin/findings", "/en/admin/settings", "/fr/admin", `/fr/admin/campaigns/${at.campaignId}`]) {
    await openUnderPolicy(page, path);
  }
  // A panel form answers through React without loading a new page: saving the settings unchanged.
  await openUnderPolicy(page, "/en/admin/settings");
  const loads: string[] = [];
  page.on("load", () => loads.push(page.url()));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Settings saved.");
  expect(loads, "saved through the client, not by a full form post").toEqual([]);
  expect(violations).toEqual([]);
});

function freePort(): Promise<number> {
  const server = createServer();
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    }),
  );
}

test("HSTS is sent when the public address is https, by the same build", async () => {
  test.setTimeout(120_000);
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: "https://petitions.example.org",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters",
    REPRESENT_URL: "off",
    RESEND_API_KEY: "",
    MAIL_LOCAL: "1",
  };
  const server = spawn("node", webArgs(process.cwd(), "start", port), { env, detached: true, stdio: "ignore" });
  try {
    await expect.poll(() => answers(`http://127.0.0.1:${port}/api/health`), { timeout: 60_000 }).toBe(200);
    const response = await fetch(`http://127.0.0.1:${port}/en`, { redirect: "manual" });
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000; includeSubDomains");
    expect(response.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
});
