import fc from "fast-check";
import { afterAll, beforeAll, describe, it } from "vitest";
import { GET as signaturesCsv } from "@/app/api/admin/campaigns/[id]/signatures.csv/route";
import { POST as benchInsert } from "@/app/api/bench/insert/route";
import { GET as campaignJson } from "@/app/api/campaigns/[slug]/route";
import { POST as signJson } from "@/app/api/campaigns/[slug]/signatures/route";
import { GET as updatesJson } from "@/app/api/campaigns/[slug]/updates/route";
import { GET as campaignsJson } from "@/app/api/campaigns/route";
import { GET as postcode } from "@/app/api/postcodes/[code]/route";
import { GET as unsubscribeGet, POST as unsubscribePost } from "@/app/api/unsubscribe/[token]/route";
import { POST as webhook } from "@/app/api/webhooks/resend/route";
import { GET as campaignAtom } from "@/app/feeds/campaigns/[slug]/updates.atom/route";
import { GET as campaignRss } from "@/app/feeds/campaigns/[slug]/updates.rss/route";
import { GET as siteAtom } from "@/app/feeds/updates.atom/route";
import { GET as siteRss } from "@/app/feeds/updates.rss/route";
import { db } from "@/db/client";
import { seedDemo } from "@/db/seed/seed-demo";
import { createCampaign } from "../support/factories";
import { anyValue, dropQueuedWork, expectTranslatedRefusal, nastyText, paramText, runs, someOf, spoiled } from "./support/fuzz";

/*
 * Every public route handler, called as Next calls it, with arbitrary params, query strings,
 * headers and bodies: none answers 5xx (or throws, which Next turns into a 500), and every
 * refusal a person reads is a translated message.
 */

let live = "";
beforeAll(async () => {
  await seedDemo(db());
  live = (await createCampaign(db())).slug;
});

const slugs = fc.oneof(paramText, fc.constantFrom("private-faces", "demo"), fc.constant("live"));
const pick = (slug: string) => (slug === "live" ? live : slug);
const query = fc.dictionary(fc.constantFrom("locale", "lang", "before", "state", "columns", "q", "from", "to", "province"), nastyText, { maxKeys: 4 });
const url = (path: string, params: Record<string, string> = {}) => `https://act.privatefaces.example${path}?${new URLSearchParams(params)}`;
const headerValue = nastyText.map((value) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "").slice(0, 200));
const headers = fc.record({ "accept-language": headerValue, "content-type": fc.constantFrom("application/json", "text/plain", "application/x-www-form-urlencoded", ""), "content-length": fc.constantFrom(undefined, "0", "5", "99999999", "-1", "x") }, { requiredKeys: [] });
const clean = (record: Record<string, string | undefined>) => Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined && value !== "")) as Record<string, string>;
const valid = { name: "Ana Lima", email: "ana.fuzz@example.org", postalCode: "K1A 0A6", country: "CA", locale: "fr" };
const bodies = fc.oneof(
  spoiled(valid).map((value) => JSON.stringify(value)),
  nastyText,
  someOf(["name", "email", "postalCode", "country", "locale", "subscribe"]).map((value) => JSON.stringify(value)),
  anyValue.map((value) => JSON.stringify(value) ?? ""),
);

/** Whatever the handler does, as Next would answer it: a thrown error is a 500. */
const answered = (work: () => Promise<Response> | Response) =>
  Promise.resolve()
    .then(work)
    .catch((error: unknown) => new Response(String(error instanceof Error ? error.stack : error), { status: 500, headers: { "content-type": "text/plain" } }));

afterAll(dropQueuedWork);

describe("fuzzing the public route handlers", () => {
  it("open data and feeds: any slug and query string", async () => {
    await fc.assert(
      fc.asyncProperty(slugs, query, headers, async (slug, params, head) => {
        const context = { params: Promise.resolve({ slug: pick(slug) }) };
        const get = (path: string) => new Request(url(path, params), { headers: clean(head) });
        await expectTranslatedRefusal(await answered(() => campaignsJson()), "GET /api/campaigns");
        await expectTranslatedRefusal(await answered(() => campaignJson(get("/api/campaigns/x"), context)), `GET /api/campaigns/${slug}`);
        await expectTranslatedRefusal(await answered(() => updatesJson(get("/api/campaigns/x/updates"), context)), `GET /api/campaigns/${slug}/updates`);
        for (const feed of [campaignAtom, campaignRss]) await expectTranslatedRefusal(await answered(() => feed(get("/feeds/campaigns/x/updates.atom"), context)), `campaign feed ${slug}`);
        for (const feed of [siteAtom, siteRss]) await expectTranslatedRefusal(await answered(() => feed(get("/feeds/updates.atom"))), "site feed");
      }),
      runs(60),
    );
  });

  it("signing API: any slug, headers and body", async () => {
    await fc.assert(
      fc.asyncProperty(slugs, headers, bodies, async (slug, head, body) => {
        const request = new Request(url(`/api/campaigns/x/signatures`), { method: "POST", headers: clean({ ...head, "content-length": undefined }), body });
        await expectTranslatedRefusal(await answered(() => signJson(request, { params: Promise.resolve({ slug: pick(slug) }) })), `POST signatures ${JSON.stringify(body).slice(0, 200)}`);
      }),
      runs(80),
    );
  });

  it("postal code lookup: any code and locale", async () => {
    await fc.assert(
      fc.asyncProperty(paramText, query, async (code, params) => {
        const response = await answered(() => postcode(new Request(url("/api/postcodes/x", params)), { params: Promise.resolve({ code }) }));
        await expectTranslatedRefusal(response, `GET /api/postcodes/${JSON.stringify(code).slice(0, 100)}`);
      }),
      runs(80),
    );
  });

  it("signature export without a session: any id and query", async () => {
    await fc.assert(
      fc.asyncProperty(paramText, query, headers, async (id, params, head) => {
        const response = await answered(() => signaturesCsv(new Request(url("/api/admin/campaigns/x/signatures.csv", params), { headers: clean(head) }), { params: Promise.resolve({ id }) }));
        await expectTranslatedRefusal(response, `GET signatures.csv ${JSON.stringify(id).slice(0, 100)}`);
      }),
      runs(40),
    );
  });

  // Machine-facing: mail clients and Resend read the status, not a sentence. Never a 5xx.
  it("one-click unsubscribe, Resend webhook and bench route: any token, headers and body", async () => {
    await fc.assert(
      fc.asyncProperty(paramText, headers, bodies, fc.record({ "svix-id": headerValue, "svix-timestamp": headerValue, "svix-signature": headerValue }, { requiredKeys: [] }), async (token, head, body, svix) => {
        const post = () => new Request(url("/api/x"), { method: "POST", headers: clean({ ...head, ...svix, "content-length": undefined }), body });
        const context = { params: Promise.resolve({ token }) };
        for (const [what, response] of [
          ["POST unsubscribe", await answered(() => unsubscribePost(post(), context))],
          ["GET unsubscribe", await answered(() => unsubscribeGet(new Request(url("/api/unsubscribe/x"), { headers: clean(head) }), context))],
          ["POST webhook", await answered(() => webhook(post()))],
          ["POST bench", await answered(() => benchInsert(post()))],
        ] as const) {
          if (response.status >= 500) throw new Error(`${what} ${JSON.stringify(token).slice(0, 80)}: ${response.status} ${await response.text()}`);
        }
      }),
      runs(60),
    );
  });
});
