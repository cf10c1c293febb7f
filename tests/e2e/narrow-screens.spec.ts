import { expect, test, type Page } from "@playwright/test";
import { sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { campaignUpdates, letterActions, signatureInvalidations, signatures, supporters, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { localizedPath } from "@/lib/i18n/localized-path";
import type { Locale } from "@/lib/i18n/routing";
import { preferencesToken } from "@/server/mail/links";
import { createCampaign, createSupporter, uniqueSuffix } from "../support/factories";
import { seriousA11yViolations } from "./support/axe";
import { findingsFor, saveFindings } from "./support/findings";
import { confirmationLink } from "./support/petition";
import { signInAs } from "./support/sign-in";

/*
 * On a 390 px phone no page scrolls sideways: every public page and the main panel pages, in both
 * languages. A wide table may scroll inside its own box; the page itself never does.
 */

const WIDTH = 390;
const secret = process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters";
const suffix = uniqueSuffix();
const adminEmail = `narrow-admin-${suffix}@privatefaces.example`;
const signer = `narrow-signer-${suffix}@example.org`;
const { joint } = findingsFor(suffix);
const ids = { campaign: "", slug: "", signature: "", update: "", preferences: "", unsubscribe: "", invalidation: "" };

test.use({ viewport: { width: WIDTH, height: 844 } });

test.beforeAll(async () => {
  const { sql: client, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  await seedDemo(db);
  await saveFindings(db, [joint]);
  // A long unbroken title and address, as real campaigns and signers have them.
  const campaign = await createCampaign(db, { lettersEnabled: true, titleEn: `Stop-the-biometric-surveillance-of-transit-riders-${suffix}`, titleFr: `Halte-à-la-surveillance-biométrique-des-usagers-${suffix}` });
  await db.insert(letterActions).values({
    campaignId: campaign.id,
    subjectsEn: "Keep face recognition out of transit stations",
    subjectsFr: "Pas de reconnaissance faciale dans les gares",
    templateEn: "Dear {{representative}},\n\nPlease act.\n\n{{supporter_name}}",
    templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
  });
  const supporter = await createSupporter(db);
  const [signature] = await db
    .insert(signatures)
    .values({
      campaignId: campaign.id,
      supporterId: supporter.id,
      state: "confirmed",
      name: "Marie-Ève Tremblay-Gagnon",
      email: `marie-eve.tremblay-gagnon.longaddress-${suffix}@example.org`,
      canonicalEmail: `marie-eve.tremblay-gagnon.longaddress-${suffix}@example.org`,
      postalCode: null,
      province: null,
      country: "FR",
      locale: "fr",
      source: "test",
      confirmedAt: sql`now()`,
    })
    .returning({ id: signatures.id });
  const [update] = await db
    .insert(campaignUpdates)
    .values({ campaignId: campaign.id, status: "published", publishedAt: sql`now()`, titleEn: "Regulators agree", titleFr: "Les autorités s’accordent", bodyEn: `They agree.[[cite:${joint.id}]]`, bodyFr: `Elles s’accordent.[[cite:${joint.id}]]` })
    .returning({ id: campaignUpdates.id });
  const [subscriber] = await db
    .insert(supporters)
    .values({ email: `narrow-sub-${suffix}@example.org`, canonicalEmail: `narrow-sub-${suffix}@example.org`, name: "Sam", subscriptionStatus: "subscribed" })
    .returning();
  const [leaver] = await db
    .insert(supporters)
    .values({ email: `narrow-leaver-${suffix}@example.org`, canonicalEmail: `narrow-leaver-${suffix}@example.org`, name: "Lee", subscriptionStatus: "subscribed" })
    .returning();
  await db.insert(users).values({ email: adminEmail, role: "admin" });
  // A bulk invalidation with the longest condition there can be, listed on the invalidate page and shown on its undo page.
  const [invalidation] = await db
    .insert(signatureInvalidations)
    .values({
      campaignId: campaign.id,
      condition: { ipHash: "f".repeat(128), emailDomain: `very-long-subdomain-of-a-mail-provider-${suffix}.example.org`, from: "2026-12-01T14:00:00.000Z", to: "2026-12-01T16:00:00.000Z" },
      mark: "fraudulent",
      reason: "Two hundred signatures in ten minutes from one machine",
      actorEmail: adminEmail,
      changed: 200,
    })
    .returning({ id: signatureInvalidations.id });
  Object.assign(ids, {
    invalidation: invalidation!.id,
    campaign: campaign.id,
    slug: campaign.slug,
    signature: signature!.id,
    update: update!.id,
    preferences: preferencesToken(secret, subscriber!.id),
    unsubscribe: preferencesToken(secret, leaver!.id),
  });
  await client.end();
});

/** The page's width beyond the screen, and the elements that stick out (to say what to fix). */
async function overflow(page: Page) {
  return page.evaluate((width) => {
    const wide = [...document.querySelectorAll("body *")]
      .filter((element) => element.getBoundingClientRect().right > width + 1 && !element.closest(".table-scroll, .visually-hidden, .skip-link, .honeypot"))
      .slice(0, 3)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join(".")} (${Math.round(element.getBoundingClientRect().right)} px)`);
    return { scrollWidth: document.documentElement.scrollWidth, wide };
  }, WIDTH);
}

/** Opens each page and lists every problem at once: a page that fails to open, sideways scroll, and (if asked) axe's serious findings. */
async function checkAll(page: Page, paths: string[], { axe = false } = {}) {
  const problems: string[] = [];
  for (const path of paths) {
    const response = await page.goto(path);
    const status = response?.status() ?? 0;
    if (status >= (path.includes("does-not-exist") ? 500 : 400)) problems.push(`${path}: answered ${status}`);
    const { scrollWidth, wide } = await overflow(page);
    if (scrollWidth > WIDTH) problems.push(`${path}: ${scrollWidth} px wide; ${wide.join(", ")}`);
    if (axe) problems.push(...(await seriousA11yViolations(page)).map((violation) => `${path}: ${violation}`));
  }
  expect(problems).toEqual([]);
}

const publicPages = (locale: Locale, confirmToken: string) => [
  localizedPath(locale, "/"),
  localizedPath(locale, "/campaigns/[slug]", { slug: ids.slug }),
  localizedPath(locale, "/campaigns/[slug]/signed", { slug: ids.slug }),
  localizedPath(locale, "/campaigns/[slug]/thank-you", { slug: ids.slug }),
  localizedPath(locale, "/confirm/[token]", { token: confirmToken }),
  localizedPath(locale, "/findings"),
  localizedPath(locale, "/findings/[id]", { id: joint.id }),
  localizedPath(locale, "/updates"),
  localizedPath(locale, "/campaigns/[slug]/updates", { slug: ids.slug }),
  localizedPath(locale, "/campaigns/[slug]/updates/[id]", { slug: ids.slug, id: ids.update }),
  localizedPath(locale, "/preferences/[token]", { token: ids.preferences }),
  localizedPath(locale, "/unsubscribe/[token]", { token: ids.unsubscribe }),
  localizedPath(locale, "/campaigns/[slug]/write", { slug: ids.slug }),
  localizedPath(locale, "/privacy"),
  localizedPath(locale, "/my-data"),
  localizedPath(locale, "/my-data/open/[token]", { token: "a-link-that-was-never-sent-0000" }),
  localizedPath(locale, "/my-data/view"),
  localizedPath(locale, "/my-data/erased"),
  `/${locale}/does-not-exist`,
  localizedPath(locale, "/admin/sign-in"),
];

const panelPages = (locale: Locale) => {
  const campaign = { id: ids.campaign };
  return [
    localizedPath(locale, "/admin"),
    localizedPath(locale, "/admin/campaigns"),
    localizedPath(locale, "/admin/campaigns/[id]", campaign),
    localizedPath(locale, "/admin/campaigns/[id]/preview", campaign),
    localizedPath(locale, "/admin/campaigns/[id]/signatures", campaign),
    localizedPath(locale, "/admin/campaigns/[id]/signatures/[signatureId]", { ...campaign, signatureId: ids.signature }),
    localizedPath(locale, "/admin/campaigns/[id]/invalidate", campaign),
    localizedPath(locale, "/admin/campaigns/[id]/invalidate/[invalidationId]", { ...campaign, invalidationId: ids.invalidation }),
    localizedPath(locale, "/admin/campaigns/[id]/updates", campaign),
    localizedPath(locale, "/admin/campaigns/[id]/updates/[updateId]", { ...campaign, updateId: ids.update }),
    localizedPath(locale, "/admin/findings"),
    localizedPath(locale, "/admin/directory"),
    localizedPath(locale, "/admin/outbox"),
    localizedPath(locale, "/admin/users"),
    localizedPath(locale, "/admin/settings"),
    localizedPath(locale, "/admin/audit"),
    localizedPath(locale, "/admin/data-requests"),
    localizedPath(locale, "/admin/campaigns/[id]/signatures/[signatureId]/erase", { ...campaign, signatureId: ids.signature }),
  ];
};

test("no public page scrolls sideways on a 390 px phone, and axe finds nothing serious on any, in English and French", async ({ page, request }) => {
  test.setTimeout(300_000);
  const signed = await request.post(`/api/campaigns/${ids.slug}/signatures`, { data: { name: "Alex Roy", email: signer, postalCode: "H2X 1Y4", locale: "en", subscribe: false } });
  expect(signed.status()).toBe(202);
  const token = (await confirmationLink(signer)).link.split("/").at(-1)!;
  for (const locale of ["en", "fr"] as const) await checkAll(page, publicPages(locale, token), { axe: true });
});

test("no main panel page scrolls sideways on a 390 px phone, in English and French", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, adminEmail);
  for (const locale of ["en", "fr"] as const) await checkAll(page, panelPages(locale));
});
