import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailSuppressions, signatures, supporters } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { env } from "@/lib/env";
import { preferencesToken } from "@/server/mail/links";
import { countAudience } from "@/server/audience/count-audience";
import { listAudience } from "@/server/audience/list-audience";
import { systemContext, visitorContext } from "@/server/context";
import { unsubscribeSupporter } from "@/server/mail/unsubscribe-supporter";
import { getPreferences } from "@/server/subscribers/get-preferences";
import { savePreferences } from "@/server/subscribers/save-preferences";
import { createCampaign, uniqueSuffix } from "../support/factories";

const system = systemContext("updates.send");

beforeAll(async () => {
  await seedDemo(db());
});

type Person = { status: "subscribed" | "none" | "unsubscribed"; province: string; state?: "confirmed" | "pending" };

/** Supporters who signed a campaign, each as described; returns their ids by label. */
async function crowd(campaignId: string, people: Record<string, Person>) {
  const ids: Record<string, string> = {};
  for (const [label, person] of Object.entries(people)) {
    const email = `${label}-${uniqueSuffix()}@example.org`;
    const [supporter] = await db().insert(supporters).values({ email, canonicalEmail: email, name: label, subscriptionStatus: person.status }).returning();
    await db()
      .insert(signatures)
      .values({
        campaignId,
        supporterId: supporter!.id,
        state: person.state ?? "confirmed",
        name: label,
        email,
        canonicalEmail: email,
        postalCode: "K1A 0A6",
        country: "CA",
        province: person.province,
        locale: "en",
        source: "test",
        confirmedAt: sql`now()`,
      });
    ids[label] = supporter!.id;
  }
  return ids;
}

/** Whoever holds the emailed link: a visitor of the public site. */
const visitor = visitorContext("audience-test");

describe("audiences", () => {
  it("reach each opted-in confirmed signer once, and nobody who did not opt in, unsubscribed, was suppressed or muted the campaign", async () => {
    const campaign = await createCampaign(db());
    const other = await createCampaign(db());
    const ids = await crowd(campaign.id, {
      ana: { status: "subscribed", province: "ON" },
      bao: { status: "subscribed", province: "QC" },
      cy: { status: "none", province: "ON" },
      dee: { status: "unsubscribed", province: "ON" },
      eli: { status: "subscribed", province: "ON", state: "pending" },
      fay: { status: "subscribed", province: "ON" },
      gus: { status: "subscribed", province: "BC" },
    });
    await crowd(other.id, { hal: { status: "subscribed", province: "ON" } });
    const [fay] = await db().select().from(supporters).where(eq(supporters.id, ids.fay!));
    await db().insert(emailSuppressions).values({ address: fay!.canonicalEmail, reason: "bounced" });
    // Gus keeps our updates but not this campaign's.
    expect(await savePreferences(visitor, preferencesToken(env().AUTH_SECRET, ids.gus!), { locale: "fr", hearing: [] })).toEqual({ ok: true });

    const signers = { campaignId: campaign.id, scope: "signers" as const };
    const listed = await listAudience(system, signers);
    expect(listed.map((r) => r.name).sort()).toEqual(["ana", "bao"]);
    expect(await countAudience(system, signers)).toBe(listed.length);
    expect((await listAudience(system, { ...signers, province: "QC" })).map((r) => r.name)).toEqual(["bao"]);

    const everyone = await listAudience(system, { campaignId: campaign.id, scope: "subscribers" });
    const names = everyone.map((r) => r.name);
    expect(names).toEqual(expect.arrayContaining(["ana", "bao", "eli", "hal"]));
    for (const absent of ["cy", "dee", "fay", "gus"]) expect(names).not.toContain(absent);
    expect(new Set(everyone.map((r) => r.supporterId)).size).toBe(everyone.length);
    expect(await countAudience(system, { campaignId: campaign.id, scope: "subscribers" })).toBe(everyone.length);
  });
});

describe("the preferences page's verbs", () => {
  it("show and change the language and campaigns of the token's supporter only, and unsubscribe from everything", async () => {
    const first = await createCampaign(db(), { titleEn: "Ban face scans at borders", titleFr: "Interdire la lecture faciale aux frontières" });
    const second = await createCampaign(db());
    const stranger = await createCampaign(db());
    const { ana } = await crowd(first.id, { ana: { status: "subscribed", province: "ON" } });
    const [signed] = await db().select().from(signatures).where(eq(signatures.supporterId, ana!));
    await db()
      .insert(signatures)
      .values({ ...signed!, id: undefined, campaignId: second.id });
    const token = preferencesToken(env().AUTH_SECRET, ana!);

    const before = await getPreferences(visitor, token, "fr");
    expect(before?.subscribed).toBe(true);
    expect(before?.campaigns.map((c) => c.title)).toContain("Interdire la lecture faciale aux frontières");
    expect(before?.campaigns.every((c) => c.hearing)).toBe(true);

    // Keeps the second campaign; the unsigned campaign's id is ignored, not stored.
    expect(await savePreferences(visitor, token, { locale: "fr", hearing: [second.id, stranger.id] })).toEqual({ ok: true });
    const after = await getPreferences(visitor, token, "en");
    expect(after?.locale).toBe("fr");
    expect(after?.campaigns.find((c) => c.id === first.id)?.hearing).toBe(false);
    expect(after?.campaigns.find((c) => c.id === second.id)?.hearing).toBe(true);
    expect(await countAudience(system, { campaignId: first.id, scope: "signers" })).toBe(0);
    expect(await countAudience(system, { campaignId: second.id, scope: "signers" })).toBe(1);

    expect(await savePreferences(visitor, token, { locale: "de", hearing: [] })).toEqual({ ok: false, error: "invalidChoice" });
    expect(await savePreferences(visitor, "forged.token", { locale: "en", hearing: [] })).toEqual({ ok: false, error: "invalid" });
    expect(await getPreferences(visitor, "forged.token", "en")).toBeNull();

    expect(await unsubscribeSupporter(visitor, token, "preferences-page")).toMatchObject({ ok: true });
    expect((await getPreferences(visitor, token, "en"))?.subscribed).toBe(false);
    expect(await countAudience(system, { campaignId: second.id, scope: "signers" })).toBe(0);
  });
});
