import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { eq, sql } from "drizzle-orm";
import { connect } from "@/db/client";
import { importDirectory } from "@/server/directory/import/import-directory";
import { readDirectoryPath } from "@/server/directory/import/read-directory-path";
import { campaignUpdates, representatives, signatureInvalidations, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import type { Role } from "@/lib/roles";
import { permissions, type Permission } from "@/server/auth/permissions";
import { pagePolicy } from "@/server/auth/policy";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { actionPermissions, routePermissions } from "./support/action-permissions";
import { adminRoutes, builtActions, panelPages, urlOf } from "./support/admin-surface";
import { signInAs } from "./support/sign-in";

type Who = Role | "anonymous";

const suffix = uniqueSuffix();
const emails: Record<Role, string> = {
  admin: `access-admin-${suffix}@privatefaces.example`,
  organiser: `access-organiser-${suffix}@privatefaces.example`,
  viewer: `access-viewer-${suffix}@privatefaces.example`,
};
// Each role signs in with its own account: sign-in links are limited per address.
// Public actions: signing, confirming and asking for a sign-in link need no account; sending letters
// needs a confirmed signature in this browser (server/letters/letter-writer.ts), not an account;
// a supporter's own data needs the my-data cookie a spent link sets (server/privacy/my-data-session.ts).
const PUBLIC_ACTIONS = new Set([
  "signAction",
  "confirmAction",
  "resendAction",
  "signInAction",
  "writeLettersAction",
  "requestWriterLinkAction",
  "openWriterLinkAction",
  "savePreferencesAction",
  "unsubscribeEverythingAction",
  "unsubscribeAction",
  "requestMyDataLinkAction",
  "openMyDataLinkAction",
  "eraseMyDataAction",
]);
const ids: Record<string, string> = {};
const pages = new Map<Who, Page>();

const allows = (permission: Permission, who: Who) => who !== "anonymous" && (permissions[permission] as readonly string[]).includes(who);

/** The permission names that the verbs in server/ check, as `authorize(ctx, "<name>")`. */
function checkedPermissions(dir = path.resolve("server")): Set<string> {
  const found = new Set<string>();
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) checkedPermissions(full).forEach((name) => found.add(name));
    else if (/\.tsx?$/.test(entry)) for (const match of readFileSync(full, "utf8").matchAll(/authorize\(\w+, "([\w.-]+)"\)/g)) found.add(match[1]!);
  }
  return found;
}

function database() {
  return connect(process.env.DATABASE_URL ?? "", { max: 1 });
}

test.beforeAll(async ({ browser }: { browser: Browser }) => {
  test.setTimeout(90_000);
  const { sql: client, db } = database();
  await seedDemo(db);
  await db.insert(users).values([
    { email: emails.organiser, role: "organiser" },
    { email: emails.viewer, role: "viewer" },
    { email: emails.admin, role: "admin" },
  ]);
  const campaign = await createCampaign(db);
  const supporter = await createSupporter(db);
  const signature = await createSignature(db, { campaignId: campaign.id, supporterId: supporter.id });
  await importDirectory(db, readDirectoryPath(path.resolve("tests/fixtures/directory"), "2025-10-01").inputs);
  const [representative] = await db.select({ id: representatives.id }).from(representatives).limit(1);
  ids.representative = representative!.id;
  ids.campaign = campaign.id;
  ids.signature = signature.id;
  const [update] = await db.insert(campaignUpdates).values({ campaignId: campaign.id, titleEn: "Access test update", titleFr: "Mise à jour du test d’accès", bodyEn: "Text.", bodyFr: "Texte." }).returning();
  ids.update = update!.id;
  const [invalidation] = await db
    .insert(signatureInvalidations)
    .values({ campaignId: campaign.id, condition: { emailDomain: "example.org", from: "2021-02-03T11:00:00.000Z", to: "2021-02-03T13:00:00.000Z" }, mark: "invalidated", reason: "Access test", actorEmail: emails.organiser, changed: 0 })
    .returning({ id: signatureInvalidations.id });
  ids.invalidation = invalidation!.id;
  const [finding] = await db.execute<{ id: string }>(sql`
    insert into findings (id, date, sort_date, kind, binding, jurisdictions, issuers, file_numbers, tags, actors, related, title_en, title_fr, summary_en, importance)
    values ('2021-02-03--access-test-finding', '2021-02-03', '2021-02-03', 'finding', false, '{CA}', '{}', '{}', '{}', '{}', '{}',
            'Access test finding', 'Constat du test d’accès', 'A record for the access test.', 5)
    on conflict (id) do update set importance = 5 returning id`);
  ids.finding = finding!.id;
  for (const who of ["anonymous", "viewer", "organiser", "admin"] as const) {
    const page = await (await browser.newContext()).newPage();
    if (who !== "anonymous") await signInAs(page, emails[who]);
    pages.set(who, page);
  }
  const [email] = await db.execute<{ id: string }>(sql`select id from email_messages order by created_at desc limit 1`);
  ids.email = email!.id;
  await client.end();
});

function concrete(route: string) {
  if (route.startsWith("/admin/findings")) return urlOf(route, { id: ids.finding! });
  return urlOf(route, route.startsWith("/admin/outbox") ? { id: ids.email! } : { id: ids.campaign!, signatureId: ids.signature!, representativeId: ids.representative!, updateId: ids.update!, invalidationId: ids.invalidation! });
}

test("the policy covers every admin page, server action and route in the code, and every permission is checked by a verb", () => {
  expect(panelPages()).toEqual(Object.keys(pagePolicy).sort());
  expect(adminRoutes()).toEqual(Object.keys(routePermissions).sort());
  const actions = builtActions().map((action) => action.exportedName);
  const unguarded = actions.filter((name) => !PUBLIC_ACTIONS.has(name) && !(name in actionPermissions));
  expect(unguarded).toEqual([]);
  expect(Object.keys(actionPermissions).filter((name) => !actions.includes(name))).toEqual([]);
  // A permission no verb checks guards nothing: it is a leftover, or a verb forgot its check.
  const checked = checkedPermissions();
  expect(Object.keys(permissions).filter((name) => !checked.has(name))).toEqual([]);
});

for (const who of ["anonymous", "viewer", "organiser", "admin"] as const) {
  test(`every admin page as ${who}: open where the role allows, refused elsewhere`, async () => {
    test.setTimeout(120_000);
    const page = pages.get(who)!;
    for (const [route, permission] of Object.entries(pagePolicy)) {
      const roles = permissions[permission];
      const url = concrete(route);
      const response = await page.goto(url);
      const refused = page.getByRole("heading", { level: 1, name: "Not available to your role" });
      if (who === "anonymous") {
        await expect(page, url).toHaveURL("/en/admin/sign-in");
      } else if ((roles as readonly string[]).includes(who)) {
        expect(response?.status(), url).toBe(200);
        await expect(page.getByRole("heading", { level: 1 }).first(), url).toBeVisible();
        await expect(refused, url).toHaveCount(0);
      } else {
        await expect(refused, url).toBeVisible();
      }
    }
  });

  test(`every admin server action and route as ${who}: refused where the role does not allow it`, async () => {
    const page = pages.get(who)!;
    const origin = new URL(page.url() === "about:blank" ? (test.info().project.use.baseURL ?? "") : page.url()).origin;
    for (const action of builtActions().filter((entry) => entry.exportedName in actionPermissions)) {
      if (allows(actionPermissions[action.exportedName as keyof typeof actionPermissions], who)) continue;
      // Called as the browser would call it, with no arguments: the role check comes before any input is read.
      const response = await page.request.post(concrete(action.pages[0]!), {
        headers: { "Next-Action": action.id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: origin },
        data: "[]",
        maxRedirects: 0,
      });
      const body = await response.text();
      expect(body, `${action.exportedName} as ${who}`).toContain(`"refused":"${who === "anonymous" ? "signed-out" : "forbidden"}"`);
    }
    for (const [route, permission] of Object.entries(routePermissions)) {
      const response = await page.request.get(concrete(route).replace(/^\/en/, ""));
      const expected = who === "anonymous" ? 401 : allows(permission, who) ? 200 : 403;
      expect(response.status(), `${route} as ${who}`).toBe(expected);
    }
  });
}

test("a forged cross-site form post or export link is refused, the same request from the panel is not", async () => {
  const { sql: client, db } = database();
  const [target] = await db
    .insert(users)
    .values({ email: `forged-${suffix}@privatefaces.example`, role: "viewer" })
    .returning();
  const admin = pages.get("admin")!;
  const action = builtActions().find((entry) => entry.exportedName === "changeRoleAction")!;
  const post = (origin: string) =>
    admin.request.post(concrete("/admin/users"), {
      headers: { Origin: origin },
      multipart: { [`$ACTION_ID_${action.id}`]: "", userId: target!.id, role: "admin" },
      maxRedirects: 0,
    });
  const roleNow = async () => (await db.select({ role: users.role }).from(users).where(eq(users.id, target!.id)))[0]?.role;

  const forged = await post("https://campaign-lookalike.example");
  expect(forged.status()).toBeGreaterThanOrEqual(400);
  expect(await roleNow()).toBe("viewer");

  await post(new URL(admin.url()).origin);
  expect(await roleNow()).toBe("admin");

  // A link to the export on another site does not start a download in an admin's browser.
  const exportUrl = concrete("/api/admin/campaigns/[id]/signatures.csv").replace(/^\/en/, "");
  expect((await admin.request.get(exportUrl, { headers: { "Sec-Fetch-Site": "cross-site" } })).status()).toBe(403);
  expect((await admin.request.get(exportUrl, { headers: { "Sec-Fetch-Site": "same-origin" } })).status()).toBe(200);
  await client.end();
});
