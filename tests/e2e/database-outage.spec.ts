import { readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { seedDemo } from "@/db/seed/seed-demo";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";
import { startApp, type App } from "./support/app-processes";
import { e2ePorts } from "./support/ports";
import { stub } from "./support/sign-in";

/*
 * PostgreSQL goes away for 30 s under a steady mix of signing, confirming and page views, then
 * comes back. Web and worker reach it through a proxy this test cuts. During the cut: writes
 * answer 503 with a message in the signer's language, public pages keep serving. Within 5 s of
 * the restore everything works again, in the same processes; in the end nothing was lost or
 * doubled: one signature and one confirmation email per accepted signing, the public count exact.
 */

const CUT_MS = 30_000;
type Catalogue = { Unavailable: { message: string } };
const catalogue = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Catalogue;
const [en, fr] = [catalogue("en"), catalogue("fr")];
type Phase = "before" | "cut" | "after";
type Round = { phase: Phase; at: number; sign: number; health: number; pages: number[]; pagesShowCampaign: boolean };

let proxy: TcpProxy;
let app: App;
let slug = "";
let campaignId = "";
const database = () => connect(process.env.DATABASE_URL ?? "", { max: 1 });

test.beforeAll(async () => {
  const { sql: client, db } = database();
  await seedDemo(db);
  const campaign = await createCampaign(db);
  [slug, campaignId] = [campaign.slug, campaign.id];
  await client.end();
  const target = new URL(process.env.DATABASE_URL ?? "");
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  app = await startApp({
    DATABASE_URL: proxy.url(process.env.DATABASE_URL ?? ""),
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters",
    RESEND_API_KEY: "re_e2e_test_key",
    RESEND_BASE_URL: `http://127.0.0.1:${e2ePorts().stub}`,
    MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
    MAIL_RATE_PER_SECOND: "20",
    QUEUE_MAINTENANCE_SECONDS: "2",
    SIGN_LIMIT_PER_IP_PER_HOUR: "100000",
    REPRESENT_URL: "off",
  });
});

// A failure is explained by what the servers said.
test.afterEach(({}, info) => {
  if (info.status !== info.expectedStatus) console.log(`--- web:\n${app?.web.output().slice(-6_000)}\n--- worker:\n${app?.worker.output().slice(-4_000)}`);
});

test.afterAll(async () => {
  await app?.stop();
  await proxy?.close();
});

/** Status 0: no answer within 10 s. */
async function signByApi(email: string, locale: "en" | "fr"): Promise<{ status: number; body: { error?: string } }> {
  const response = await fetch(`${app.origin}/api/campaigns/${slug}/signatures`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Sam Outage", email, postalCode: "K1A 0A6", locale, subscribe: false }),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  return response ? { status: response.status, body: (await response.json()) as { error?: string } } : { status: 0, body: {} };
}

async function confirm(page: Page, email: string): Promise<boolean> {
  const [message] = await stub().emailsTo(email);
  const link = /href="([^"]*\/(?:confirm|confirmer)\/[^"]+)"/.exec(message?.html ?? "")?.[1]?.replaceAll("&amp;", "&");
  if (!link) return false;
  // The emailed link names the suite's APP_URL; the same path on this test's server.
  await page.goto(`${app.origin}${new URL(link).pathname}`);
  await page.getByRole("button", { name: /Confirm my signature|Confirmer ma signature/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: /Thank you|Merci/ })).toBeVisible();
  return true;
}

test("a 30 s database outage: 503s in both languages, pages still served, full recovery, exact counts", async ({ page, browser }) => {
  test.setTimeout(150_000);
  const webPid = app.web.child.pid;
  const workerPid = app.worker.child.pid;
  const accepted: string[] = [];
  const refused: { email: string; locale: "en" | "fr" }[] = [];
  const confirmed = new Set<string>();
  const rounds: Round[] = [];
  const suffix = uniqueSuffix();
  let phase: Phase = "before";
  let n = 0;
  const pages = [`/en`, `/en/campaigns/${slug}`, `/fr/campagnes/${slug}`, `/api/campaigns/${slug}`];

  const round = async () => {
    const started = Date.now();
    const locale = n % 2 === 0 ? "en" : "fr";
    const email = `outage-${n++}-${suffix}@example.org`;
    const signed = await signByApi(email, locale);
    if (signed.status === 202) accepted.push(email);
    if (signed.status === 503) {
      refused.push({ email, locale });
      expect(signed.body.error).toBe((locale === "en" ? en : fr).Unavailable.message);
    }
    const views = await Promise.all(
      pages.map(async (path) => {
        const response = await fetch(`${app.origin}${path}`, { signal: AbortSignal.timeout(10_000) });
        return { status: response.status, text: await response.text() };
      }),
    );
    const health = (await fetch(`${app.origin}/api/health`, { signal: AbortSignal.timeout(10_000) })).status;
    rounds.push({ phase, at: Date.now(), sign: signed.status, health, pages: views.map((view) => view.status), pagesShowCampaign: views.slice(1, 3).every((view) => view.text.includes(slug)) });
    if (phase !== "cut") {
      const next = accepted.find((address) => !confirmed.has(address));
      if (next && (await confirm(page, next))) confirmed.add(next);
    }
    // A steady pace: about one signing a second.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 1_000 - (Date.now() - started))));
  };
  const runFor = async (ms: number) => {
    for (const end = Date.now() + ms; Date.now() < end;) await round();
  };

  await runFor(6_000);
  expect(rounds.every((r) => r.sign === 202 && r.health === 200 && r.pages.every((status) => status === 200))).toBe(true);

  // Cut between two rounds: no signing is in flight, so every answer says exactly what happened.
  proxy.cut();
  phase = "cut";
  const cutAt = Date.now();
  await runFor(3_000);
  // The petition form, in each language, with JavaScript: the message is shown and what was typed is kept.
  for (const [locale, words] of [
    ["en", { path: "campaigns", name: "Full name", email: "Email address", postal: "Postal code", consent: /I support this petition/, sign: "Sign the petition" }],
    ["fr", { path: "campagnes", name: "Nom complet", email: "Adresse courriel", postal: "Code postal", consent: /J.appuie cette pétition/, sign: "Signer la pétition" }],
  ] as const) {
    const form = await browser.newPage();
    await form.goto(`${app.origin}/${locale}/${words.path}/${slug}`);
    await form.getByLabel(words.name).fill("Alex Patient");
    await form.getByLabel(words.email).fill(`form-${locale}-${suffix}@example.org`);
    await form.getByLabel(words.postal, { exact: true }).fill("K1A 0A6");
    await form.getByRole("checkbox", { name: words.consent }).check();
    await form.getByRole("button", { name: words.sign }).click();
    await expect(form.getByText((locale === "en" ? en : fr).Unavailable.message)).toBeVisible();
    await expect(form.getByLabel(words.name)).toHaveValue("Alex Patient");
    await form.close();
  }
  await runFor(CUT_MS - (Date.now() - cutAt));
  const during = rounds.filter((r) => r.phase === "cut");
  expect(during.length).toBeGreaterThan(10);
  // One write caught by the cut itself may get no answer (postgres.js 3.4 can leave a query queued
  // on a connection that was just reset): it must not be stored either, which the counts show.
  const unanswered = during.filter((r) => r.sign === 0);
  expect(unanswered.length).toBeLessThanOrEqual(1);
  expect(
    during
      .filter((r) => r.sign !== 0)
      .map((r) => r.sign)
      .every((status) => status === 503),
  ).toBe(true);
  expect(during.map((r) => r.health).every((status) => status === 503)).toBe(true);
  // Home and campaign pages, in both languages, still answer with the campaign on them.
  expect(during.every((r) => r.pages.slice(0, 3).every((status) => status === 200) && r.pagesShowCampaign)).toBe(true);
  expect(refused.some((r) => r.locale === "fr") && refused.some((r) => r.locale === "en")).toBe(true);

  proxy.restore();
  phase = "after";
  const restoredAt = Date.now();
  for (;;) {
    await round();
    const last = rounds.at(-1)!;
    if (last.sign === 202 && last.health === 200 && last.pages.every((status) => status === 200)) break;
    expect(Date.now() - restoredAt, JSON.stringify(rounds.slice(-3))).toBeLessThan(5_000);
  }
  expect(Date.now() - restoredAt).toBeLessThan(5_000);
  await runFor(8_000);
  expect(rounds.filter((r) => r.phase === "after").every((r) => r.sign === 202 && r.health === 200)).toBe(true);
  // No restart: the same web server and worker throughout.
  expect([app.web.child.pid, app.web.child.exitCode, app.worker.child.pid, app.worker.child.exitCode]).toEqual([webPid, null, workerPid, null]);

  // Those told "try again" do, and are accepted; everyone confirms from their email.
  for (const { email, locale } of refused) {
    expect((await signByApi(email, locale)).status).toBe(202);
    accepted.push(email);
  }
  for (const email of accepted) {
    if (confirmed.has(email)) continue;
    await expect.poll(() => confirm(page, email), { timeout: 20_000 }).toBe(true);
    confirmed.add(email);
  }

  // Exactly one signature and one confirmation email per accepted signing; the count is exact.
  const { sql: client, db } = database();
  try {
    const rows = await db.execute<{ state: string; n: number }>(sql`select state, count(*)::int as n from signatures where campaign_id = ${campaignId} group by state`);
    expect(rows.map((row) => ({ ...row }))).toEqual([{ state: "confirmed", n: accepted.length }]);
  } finally {
    await client.end();
  }
  for (const email of accepted) expect((await stub().emailsTo(email)).length, email).toBe(1);
  await expect.poll(async () => ((await (await fetch(`${app.origin}/api/campaigns/${slug}`)).json()) as { signatureCount: number }).signatureCount, { timeout: 10_000 }).toBe(accepted.length);
  expect(new Set(accepted).size).toBe(accepted.length);
  expect(app.worker.output()).toContain("database back");
});
