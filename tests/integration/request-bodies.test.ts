import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...nextauth]/route";
import { POST as sign } from "@/app/api/campaigns/[slug]/signatures/route";
import { POST as oneClick } from "@/app/api/unsubscribe/[token]/route";
import { POST as webhook } from "@/app/api/webhooks/resend/route";
import { db } from "@/db/client";
import { signatures, verificationTokens, webhookEvents } from "@/db/schema";
import proxy from "@/proxy";
import { catalogues } from "../support/catalogues";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { configureMail } from "./support/mail-env";

/*
 * Bodies are read with a cap while they stream in: past it the route answers 413 with a JSON
 * error in the client's language and reads no further. An endless body proves the "no further":
 * a route that buffered the whole body first would never answer.
 */

beforeAll(() => {
  configureMail("http://127.0.0.1:9");
});

/** A body that never ends, and how many chunks the route pulled from it. */
function endless(chunk = 1024) {
  const state = { pulls: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      state.pulls++;
      controller.enqueue(new Uint8Array(chunk).fill(0x20));
    },
  });
  return { stream, state };
}

const post = (url: string, body: BodyInit, headers: Record<string, string> = {}) => new Request(url, { method: "POST", body, headers: { "content-type": "application/json", ...headers }, duplex: "half" } as RequestInit);

const signatureCount = async (campaignId: string) => (await db().select({ n: count() }).from(signatures).where(eq(signatures.campaignId, campaignId)))[0]!.n;

describe("bounded request bodies", () => {
  it("signing API: an endless body is cut off past 16 KB with a translated 413, and nothing is signed", async () => {
    const campaign = await createCampaign(db());
    const { stream, state } = endless();
    const response = await sign(post(`https://x/api/campaigns/${campaign.slug}/signatures`, stream, { "accept-language": "fr-CA" }), { params: Promise.resolve({ slug: campaign.slug }) });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: "bodyTooLarge", message: "Cette requête est trop volumineuse\u00a0: envoyez au plus 16 Ko." });
    expect(catalogues.fr.Api.bodyTooLarge).toContain("{kilobytes, number} Ko");
    // 16 KB in 1 KB chunks, one more to pass the cap, and perhaps one the stream queued ahead.
    expect(state.pulls).toBeLessThanOrEqual(19);
    expect(await signatureCount(campaign.id)).toBe(0);
  }, 5_000);

  it("signing API: a declared Content-Length above the cap is refused before a byte is read", async () => {
    const campaign = await createCampaign(db());
    const { stream, state } = endless();
    const response = await sign(post(`https://x/api/campaigns/${campaign.slug}/signatures`, stream, { "content-length": String(10 * 1024 * 1024) }), { params: Promise.resolve({ slug: campaign.slug }) });
    expect(response.status).toBe(413);
    expect((await response.json()).message).toBe("This request is too large: send at most 16 KB.");
    // The stream may have been asked for its first chunk when the Request was built, never more.
    expect(state.pulls).toBeLessThanOrEqual(1);
  }, 5_000);

  it("signing API: a signature padded to just under 16 KB is still read", async () => {
    const campaign = await createCampaign(db());
    const fields = JSON.stringify({ name: "Ana Lima", email: `ana-${uniqueSuffix()}@example.org`, postalCode: "K1A 0A6", locale: "en" });
    const padded = fields.replace("{", `{${" ".repeat(16 * 1024 - fields.length - 1)}`);
    const response = await sign(post(`https://x/api/campaigns/${campaign.slug}/signatures`, padded), { params: Promise.resolve({ slug: campaign.slug }) });
    expect(response.status).toBe(202);
  });

  it("webhook: a body over 256 KB is refused with 413 before its (forged) signature is looked at", async () => {
    const body = JSON.stringify({ type: "email.bounced", data: { email_id: "re_x", to: ["a@example.org"] }, padding: "x".repeat(300 * 1024) });
    const headers = { "svix-id": `msg_${uniqueSuffix()}`, "svix-timestamp": String(Math.floor(Date.now() / 1000)), "svix-signature": "v1,Zm9yZ2Vk" };
    const response = await webhook(post("https://x/api/webhooks/resend", body, headers));
    expect(response.status).toBe(413);
    expect((await response.json()).error).toBe("bodyTooLarge");
    expect(await db().select().from(webhookEvents).where(eq(webhookEvents.id, headers["svix-id"]))).toEqual([]);
  }, 5_000);

  it("one-click unsubscribe: more than 1 KB is not a mail client's post", async () => {
    const response = await oneClick(post("https://x/api/unsubscribe/forged.token", "List-Unsubscribe=One-Click&".repeat(100)), { params: Promise.resolve({ token: "forged.token" }) });
    expect(response.status).toBe(413);
  });

  it("Auth.js's own endpoints: a body past 8 KB is cut off with 413 before Auth.js reads it", async () => {
    const { stream, state } = endless();
    const response = await authPost(new NextRequest("http://localhost/api/auth/signin/email", { method: "POST", body: stream, headers: { "content-type": "application/x-www-form-urlencoded" }, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]));
    expect(response.status).toBe(413);
    expect((await response.json()).message).toBe("This request is too large: send at most 8 KB.");
    expect(state.pulls).toBeLessThanOrEqual(11);
  }, 5_000);

  it("a page or server-action post declaring more than 256 KB is refused by the proxy, unread, in the visitor's language", async () => {
    const response = await proxy(new NextRequest("http://localhost/fr/campagnes/quelconque", { method: "POST", headers: { "content-length": String(300 * 1024), "accept-language": "fr-CA", "next-action": "0123abcd" } }));
    expect(response.status).toBe(413);
    expect((await response.json()).message).toBe("Cette requête est trop volumineuse\u00a0: envoyez au plus 256 Ko.");
  });
});

describe("sign-in links", () => {
  it("opening Auth.js's email callback spends nothing: it leads to the page whose button posts the token", async () => {
    const identifier = `organiser-${uniqueSuffix()}@example.org`;
    await db()
      .insert(verificationTokens)
      .values({ identifier, token: `hashed-${uniqueSuffix()}`, expires: new Date(Date.now() + 600_000) });
    const query = `token=${"t".repeat(32)}&email=${encodeURIComponent(identifier)}`;
    const response = await authGet(new NextRequest(`http://localhost/api/auth/callback/email?${query}`, { headers: { "accept-language": "fr-CA,fr" } }));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`http://localhost/fr/admin/connexion/lien?${query}`);
    expect(await db().select().from(verificationTokens).where(eq(verificationTokens.identifier, identifier))).toHaveLength(1);
  });
});
