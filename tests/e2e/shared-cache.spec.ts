import { expect, test, type APIRequestContext } from "@playwright/test";
import { connect } from "@/db/client";
import { users } from "@/db/schema";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { confirmedInDatabase, signAndConfirm } from "./support/petition";
import { signInAs } from "./support/sign-in";

/*
 * The web process's shared cache (lib/http/response-cache.mjs, docs/caching.md) against the real
 * server: public pages are kept and served without Next, with validators, their own nonce and a
 * count under 2 s old; anything personal is never kept nor served from it.
 */

const suffix = uniqueSuffix();
const organiser = `cache-organiser-${suffix}@privatefaces.example`;
const at = { slug: "" };

test.beforeAll(async () => {
  const { sql, db } = connect(process.env.DATABASE_URL ?? "", { max: 1 });
  at.slug = (await createCampaign(db)).slug;
  await db.insert(users).values({ email: organiser, role: "admin" });
  await sql.end();
});

/** Two GETs in a row: the first may render, the second must come from the cache. */
async function twice(request: APIRequestContext, path: string) {
  await request.get(path);
  return request.get(path);
}

test("a public page is shared: Cache-Control for shared caches, served from the cache, same ETag across renders, 304", async ({ request }) => {
  const path = `/en/campaigns/${at.slug}`;
  const second = await twice(request, path);
  expect(second.status()).toBe(200);
  expect(second.headers()["cache-control"]).toMatch(/^public, .*s-maxage=1/);
  expect(second.headers()["x-chorus-cache"]).toBe("hit");
  const etag = second.headers()["etag"]!;
  expect(etag).toMatch(/^"/);

  // Past the 250 ms it is fresh: a new render with a new nonce, yet the same ETag (nothing changed).
  await new Promise((resolve) => setTimeout(resolve, 700));
  let rerendered = await request.get(path);
  for (let tries = 0; rerendered.headers()["x-chorus-cache"] !== "miss" && tries < 20; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    rerendered = await request.get(path);
  }
  expect(rerendered.headers()["x-chorus-cache"]).toBe("miss");
  expect(rerendered.headers()["content-security-policy"]).not.toBe(second.headers()["content-security-policy"]);
  expect(rerendered.headers()["etag"]).toBe(etag);

  const revalidated = await request.get(path, { headers: { "if-none-match": etag } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()["content-security-policy"]).toBeUndefined();
  expect(revalidated.headers()["cache-control"]).toMatch(/s-maxage/);

  for (const open of ["/api/campaigns/" + at.slug, "/feeds/updates.rss", "/en/findings?kind=finding", "/en/updates"]) {
    const answer = await twice(request, open);
    expect(answer.headers()["x-chorus-cache"], open).toMatch(/hit|stale/);
    expect(answer.headers()["etag"], open).toBeTruthy();
  }
});

test("English and French are distinct entries", async ({ request }) => {
  const english = await twice(request, `/en/campaigns/${at.slug}`);
  const french = await twice(request, `/fr/campagnes/${at.slug}`);
  expect(french.headers()["x-chorus-cache"]).toMatch(/hit|stale/);
  expect(await english.text()).toContain('<html lang="en"');
  expect(await french.text()).toContain('<html lang="fr"');
});

test("a signed-in organiser's views and the personal pages are private and never come from the cache", async ({ page, request }) => {
  await signInAs(page, organiser);
  for (const path of [`/en/campaigns/${at.slug}`, "/en", "/en/findings"]) {
    for (let view = 0; view < 2; view++) {
      const answer = await page.request.get(path);
      expect(answer.headers()["cache-control"], path).toBe("private, no-store");
      expect(answer.headers()["x-chorus-cache"], path).toBe("bypass");
    }
  }
  for (const path of ["/en/admin", "/en/my-data", "/en/confirm/not-a-token", "/en/mailbox", "/en/admin/sign-in"]) {
    for (let view = 0; view < 2; view++) {
      const answer = await request.get(path, { maxRedirects: 0 });
      expect(answer.headers()["cache-control"] ?? "private, no-store", path).toMatch(/private|no-store/);
      expect(answer.headers()["x-chorus-cache"], path).toBeUndefined();
    }
  }
});

test("the count on a shared page follows a confirmation within 2 s", async ({ page, request }) => {
  const path = `/en/campaigns/${at.slug}`;
  await twice(request, path);
  await signAndConfirm(page, "Cache Tester", `cache-signer-${suffix}@example.org`, "K1A 0B1", at.slug);
  const confirmed = await confirmedInDatabase(at.slug);
  const since = Date.now();
  let shown = -1;
  while (Date.now() - since < 2_000) {
    const html = await (await request.get(path)).text();
    shown = Number(/<p class="count"[^>]*><strong>([^<]*)<\/strong>/.exec(html)?.[1]?.replace(/\D/g, "") || "0");
    if (shown === confirmed) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(shown).toBe(confirmed);
});

test("scripts still run on a page served from the cache: its nonce matches its policy", async ({ page }) => {
  const path = `/en/campaigns/${at.slug}`;
  await page.request.get(path);
  const response = await page.goto(path);
  expect(response?.headers()["x-chorus-cache"]).toMatch(/hit|stale/);
  const policy = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(await page.evaluate(() => [...document.scripts].some((script) => script.nonce !== ""))).toBe(true);
  await expect.poll(() => page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((key) => key.startsWith("__react")))).toBe(true);
});
