import { count, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as campaignJson } from "@/app/api/campaigns/[slug]/route";
import { POST as signJson } from "@/app/api/campaigns/[slug]/signatures/route";
import { GET as postcode } from "@/app/api/postcodes/[code]/route";
import { POST as webhook } from "@/app/api/webhooks/resend/route";
import { db } from "@/db/client";
import { signatures, webhookEvents } from "@/db/schema";
import { signWebhook } from "@/server/mail/webhook-signature";
import { visitorContext } from "@/server/context";
import { composeLetters } from "@/server/letters/compose-letters";
import { signingTarget } from "@/server/signatures/open-campaign";
import { submitSignForm } from "@/server/signatures/submit-sign-form";
import { catalogues } from "../support/catalogues";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { dropQueuedWork, formData } from "./support/fuzz";
import { letterCampaign } from "./support/letter-campaign";
import { prepareLetters } from "./support/letters-env";

/*
 * PostgreSQL refuses U+0000 in text, so a NUL typed into a name reached it and answered 500. Now
 * every typed text refuses control characters with its field's translated error, and an unknown
 * language is refused where a language is accepted.
 */

const DEMO = "moratorium-police-facial-recognition";
let stub: Awaited<ReturnType<typeof prepareLetters>> | undefined;
beforeAll(async () => {
  stub = await prepareLetters();
});
afterAll(async () => {
  await dropQueuedWork();
  await stub?.close();
});

const signatureCount = async (campaignId: string) => (await db().select({ n: count() }).from(signatures).where(eq(signatures.campaignId, campaignId)))[0]!.n;
const apiSign = (slug: string, body: unknown) => signJson(new Request(`https://x/api/campaigns/${slug}/signatures`, { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } }), { params: Promise.resolve({ slug }) });

describe("control characters and unknown locales", () => {
  it("signing API: a NUL in the name is a 422 naming the field, in the signer's language, and nothing is stored", async () => {
    const campaign = await createCampaign(db());
    const response = await apiSign(campaign.slug, { name: "Ana\u0000Lima", email: `ana-${uniqueSuffix()}@example.org`, postalCode: "K1A 0A6", locale: "fr" });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ errors: { name: catalogues.fr.Sign.errors.controlCharacters } });
    expect(await signatureCount(campaign.id)).toBe(0);
  });

  it("signing API: a locale other than en or fr is refused, not read as English", async () => {
    const campaign = await createCampaign(db());
    const response = await apiSign(campaign.slug, { name: "Ana Lima", email: `ana-${uniqueSuffix()}@example.org`, postalCode: "K1A 0A6", locale: "de" });
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual({ errors: { locale: catalogues.en.Sign.errors.localeInvalid } });
    expect(await signatureCount(campaign.id)).toBe(0);
  });

  it("sign form: a control character in the name or postal code is the field's error", async () => {
    const target = await signingTarget(DEMO);
    const petitionConsentId = target.state === "open" ? target.petitionConsents[0]!.id : "";
    const fields = { name: "Ana\u0007Lima", email: `ana-${uniqueSuffix()}@example.org`, residence: "CA", postalCode: "K1A\u00000A6", acknowledge: "on", petitionConsentId };
    const result = await submitSignForm(visitorContext("control-characters"), DEMO, "en", formData(fields));
    expect(result).toMatchObject({ ok: false, error: "invalid", fields: { name: "controlCharacters", postalCode: "controlCharacters" } });
  });

  it("letter composer: a NUL in the letter is refused, line breaks and tabs are kept", async () => {
    const { slug, writer } = await letterCampaign();
    const letter = { step: "preview", riding: "35079", subject: "0", postalCode: "K1P 5G4" };
    const refused = await composeLetters(visitorContext(null), slug, "en", writer, formData({ ...letter, body: "Dear member,\u0000 please act." }));
    expect(refused).toMatchObject({ step: "compose", error: { field: "body", key: "controlCharacters" } });
    const kept = await composeLetters(visitorContext(null), slug, "en", writer, formData({ ...letter, body: "Dear member,\r\n\tplease act." }));
    expect(kept).not.toHaveProperty("error");
    expect(kept.step).toBe("preview");
  });

  it("open data and postal codes: a NUL slug is unknown (404), an unknown locale is a translated 400", async () => {
    const unknown = await campaignJson(new Request("https://x/api/campaigns/x", { headers: { "accept-language": "fr" } }), { params: Promise.resolve({ slug: "demo\u0000" }) });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: "not found", message: catalogues.fr.Api.notFound });
    const lookup = await postcode(new Request("https://x/api/postcodes/K1A0A6?locale=de"), { params: Promise.resolve({ code: "K1A0A6" }) });
    expect(lookup.status).toBe(400);
    expect((await lookup.json()).message).toBe(catalogues.en.Api.localeInvalid);
  });

  it("webhook: a signed event holding a NUL is refused as malformed (400), not a 500 Resend would retry", async () => {
    const id = `msg_${uniqueSuffix()}`;
    const body = JSON.stringify({ type: "email.bounced", data: { email_id: "re_nul", to: ["nul\u0000@example.org"] } });
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = { "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": signWebhook(process.env.RESEND_WEBHOOK_SECRET!, id, timestamp, body) };
    const response = await webhook(new Request("https://x/api/webhooks/resend", { method: "POST", body, headers }));
    expect(response.status).toBe(400);
    expect(await db().select().from(webhookEvents).where(eq(webhookEvents.id, id))).toEqual([]);
  });
});
