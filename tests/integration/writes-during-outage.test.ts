import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as signByApi } from "@/app/api/campaigns/[slug]/signatures/route";
import { POST as oneClickUnsubscribe } from "@/app/api/unsubscribe/[token]/route";
import { POST as resendWebhook } from "@/app/api/webhooks/resend/route";
import { randomUUID } from "node:crypto";
import { connect, db } from "@/db/client";
import { env } from "@/lib/env";
import { preferencesToken } from "@/server/mail/links";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import { createCampaign } from "../support/factories";
import { actingAs } from "@/server/auth/staff-action";
import { saveSettings } from "@/server/organisation/save-settings";
import { postedFields } from "@/lib/forms/posted-fields";

/*
 * Every write path, while this process's database cannot be reached (its pool points at a port
 * where nothing listens): a translated "briefly unavailable, try again", never a crash.
 */

type Slots = typeof globalThis & { chorusDb?: ReturnType<typeof connect> };
const slot = globalThis as Slots;
let healthy: ReturnType<typeof connect> | undefined;
let dead: ReturnType<typeof connect>;
let slug = "";

beforeAll(async () => {
  slug = (await createCampaign(db())).slug;
  healthy = slot.chorusDb;
  dead = connect("postgres://nobody@127.0.0.1:1/none", { max: 1 });
  slot.chorusDb = dead;
});

afterAll(async () => {
  slot.chorusDb = healthy;
  await dead.sql.end({ timeout: 1 });
});

const json = (body: unknown) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("writes while the database is unreachable", () => {
  it("the signing API answers 503 in the signer's language, with Retry-After", async () => {
    for (const [locale, catalogue] of [
      ["fr", fr],
      ["en", en],
    ] as const) {
      const request = new Request(`http://localhost/api/campaigns/${slug}/signatures`, json({ name: "Camille Roy", email: "camille@example.org", postalCode: "K1A 0A6", locale }));
      const response = await signByApi(request, { params: Promise.resolve({ slug }) });
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("10");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(await response.json()).toEqual({ error: catalogue.Unavailable.message });
    }
  });

  it("one-click unsubscribe and the Resend webhook answer 503 (their senders try again later)", async () => {
    const token = preferencesToken(env().AUTH_SECRET, randomUUID());
    const unsubscribe = await oneClickUnsubscribe(new Request(`http://localhost/api/unsubscribe/${token}`, { method: "POST", headers: { "accept-language": "fr-CA" } }), { params: Promise.resolve({ token }) });
    expect(unsubscribe.status).toBe(503);
    expect(await unsubscribe.json()).toEqual({ error: fr.Unavailable.message });
    const webhook = await resendWebhook(new Request("http://localhost/api/webhooks/resend", { method: "POST", body: "{}" }));
    // An unsigned body is refused before any query; only then would the database matter.
    expect([400, 401, 503]).toContain(webhook.status);
  });

  it("a panel save is refused as 'unavailable', keeping what was typed", async () => {
    const form = new FormData();
    form.set("name", "Private Faces Coalition");
    // The settings action's wrapper and verb. The admin's session cannot be read while the database is
    // away, and Auth.js then answers "no session": the wrapper must not take that for signed out.
    const save = actingAs(
      async () => null,
      (ctx, _state: object, posted: FormData) => saveSettings(ctx, postedFields(posted)),
    );
    const state = await save({}, form);
    expect(state).toEqual({ refused: "unavailable", values: { name: "Private Faces Coalition" } });
    expect(fr.Admin.Form.unavailable).toMatch(/rien n’a été enregistré/);
    // The petition form's message is the same sentence as the API's (browser spec database-outage).
    expect(fr.Sign.errors.unavailable).toBe(fr.Unavailable.message);
  });
});
