import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { consentRecords, emailMessages, signatures, supporters } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { canonicalEmail } from "@/server/mail/canonical";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { getConfirmationLink } from "@/server/signatures/get-confirmation-link";
import { visitorContext } from "@/server/context";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";

beforeAll(async () => {
  // The organisation's wording for the updates opt-in comes with the seed.
  await seedDemo(db());
});

const page = "/en/campaigns/test";
const consentOf = (supporterId: string) => db().select().from(consentRecords).where(eq(consentRecords.supporterId, supporterId));
const confirmationsTo = async (email: string) =>
  (
    await db()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.kind, "confirm-signature"), eq(emailMessages.canonicalTo, canonicalEmail(email))))
  ).length;

/** What the confirmation page shows for a link, and the fingerprint its button carries. */
async function shown(token: string): Promise<string | undefined> {
  const link = await getConfirmationLink(visitor, token, "en");
  return link.status === "pending" ? link.details?.fingerprint : undefined;
}

describe("a confirmation link works once", () => {
  it("grants a writer only to the click that confirms: any later post of it is 'already', with no new consent or email", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const email = `once-${uniqueSuffix()}@example.org`;
    await signPetition(visitorContext("ip-sign"), campaign.slug, person(email, { subscribe: true }), { source: page });
    const token = (await latestConfirmationToken(email))!;
    const clicker = visitorContext("ip-click");
    const click = { source: "/en/confirm", shown: await shown(token) };

    const first = await confirmSignature(clicker, token, click);
    expect(first).toMatchObject({ ok: true, slug: campaign.slug });
    const supporterId = first.ok ? first.supporterId : "";
    const recorded = (await consentOf(supporterId)).length;
    const emails = await confirmationsTo(email);

    // The forwarded link, posted again (and again, at once): nothing that could become a writer cookie.
    const again = await Promise.all([confirmSignature(clicker, token, click), confirmSignature(visitorContext("ip-forwarded"), token, { source: "/en/confirm" })]);
    for (const result of again) expect(result).toEqual({ ok: false, error: "already" });
    expect(await getConfirmationLink(visitor, token, "en")).toMatchObject({ status: "confirmed", slug: campaign.slug });
    expect((await consentOf(supporterId)).length).toBe(recorded);
    expect(await confirmationsTo(email)).toBe(emails);
  });
});

describe("nobody signs in someone else's name first", () => {
  it("takes the owner's later details, and records consent at their click with its IP hash", async () => {
    const campaign = await createCampaign(db());
    const victim = `victim-${uniqueSuffix()}@example.org`;
    // A stranger signs first with the victim's address (another spelling), their name, place and opt-in.
    await signPetition(visitorContext("ip-stranger"), campaign.slug, person(victim.toUpperCase(), { name: "X Stranger", postalCode: "H2X 1Y4", province: "QC", subscribe: true, locale: "fr" }), { source: page });
    const strangersLink = (await latestConfirmationToken(victim.toUpperCase()))!;
    // Then the owner signs with their own details.
    await signPetition(visitorContext("ip-owner-sign"), campaign.slug, person(victim, { name: "Y Owner", postalCode: "K1A 0A6", province: "ON", subscribe: false }), { source: page });
    const ownersLink = (await latestConfirmationToken(victim))!;
    expect(ownersLink).not.toBe(strangersLink);

    // The earlier link no longer works; the page of the owner's shows their details.
    expect(await getConfirmationLink(visitor, strangersLink, "en")).toEqual({ status: "invalid" });
    expect(await confirmSignature(visitorContext("ip-stranger"), strangersLink, { source: "/fr/confirmer" })).toEqual({ ok: false, error: "invalid" });
    const onScreen = await getConfirmationLink(visitor, ownersLink, "en");
    const result = await confirmSignature(visitorContext("ip-owner-click"), ownersLink, { source: "/en/confirm", shown: await shown(ownersLink) });
    expect(result).toMatchObject({ ok: true, locale: "en" });
    const [signature] = await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id));
    expect(signature).toMatchObject({ state: "confirmed", name: "Y Owner", postalCode: "K1A 0A6", province: "ON", email: victim });
    const [supporter] = await db().select().from(supporters).where(eq(supporters.id, signature!.supporterId!));
    expect(supporter).toMatchObject({ name: "Y Owner", subscriptionStatus: "none" });
    const consent = await consentOf(signature!.supporterId!);
    expect(consent.map(({ purpose, ipHash, source, locale }) => ({ purpose, ipHash, source, locale }))).toEqual([{ purpose: "petition", ipHash: "ip-owner-click", source: "/en/confirm", locale: "en" }]);
    // What the page showed before the click: the owner's details, no updates.
    expect(onScreen).toMatchObject({ status: "pending", details: { name: "Y Owner", postalCode: "K1A 0A6", updatesWording: null } });
  });

  it("records the owner's opt-in when they ask for updates and the stranger did not", async () => {
    const campaign = await createCampaign(db());
    const victim = `optin-${uniqueSuffix()}@example.org`;
    await signPetition(visitorContext("ip-stranger"), campaign.slug, person(victim, { name: "X Stranger", subscribe: false }), { source: page });
    await signPetition(visitorContext("ip-owner-sign"), campaign.slug, person(victim, { name: "Y Owner", subscribe: true }), { source: page });
    const token = (await latestConfirmationToken(victim))!;
    expect(await getConfirmationLink(visitor, token, "en")).toMatchObject({ details: { updatesWording: expect.stringContaining("email updates") } });
    const result = await confirmSignature(visitorContext("ip-owner-click"), token, { source: "/en/confirm", shown: await shown(token) });
    const supporterId = result.ok ? result.supporterId : "";
    expect((await db().select().from(supporters).where(eq(supporters.id, supporterId)))[0]).toMatchObject({ name: "Y Owner", subscriptionStatus: "subscribed" });
    expect((await consentOf(supporterId)).map((record) => [record.purpose, record.ipHash]).sort()).toEqual([
      ["petition", "ip-owner-click"],
      ["updates", "ip-owner-click"],
    ]);
  });

  it("confirms only the details its page showed, even once no more links can be sent", async () => {
    const campaign = await createCampaign(db());
    const victim = `capped-${uniqueSuffix()}@example.org`;
    // Four emails at most: the owner's fourth signing sends the last link (each with a change, or
    // the same details at once would count as one request sent twice).
    for (let i = 0; i < 4; i++) await signPetition(visitor, campaign.slug, person(victim, { name: i === 3 ? "Y Owner" : `Y Owner ${i}` }), { source: page });
    const token = (await latestConfirmationToken(victim))!;
    const onScreen = await shown(token);
    // Meanwhile a stranger signs again: no fifth email, but their details now wait behind that link.
    await signPetition(visitorContext("ip-stranger"), campaign.slug, person(victim, { name: "X Stranger", postalCode: "H2X 1Y4", province: "QC" }), { source: page });
    expect(await confirmationsTo(victim)).toBe(4);
    expect(await confirmSignature(visitorContext("ip-owner-click"), token, { source: "/en/confirm", shown: onScreen })).toEqual({ ok: false, error: "changed" });
    expect((await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id)))[0]?.state).toBe("pending");
    // Reloaded, the page names the stranger: the owner signs again, and confirms what they now see.
    expect(await getConfirmationLink(visitor, token, "en")).toMatchObject({ details: { name: "X Stranger" } });
    await signPetition(visitor, campaign.slug, person(victim, { name: "Y Owner" }), { source: page });
    expect(await confirmSignature(visitorContext("ip-owner-click"), token, { source: "/en/confirm", shown: await shown(token) })).toMatchObject({ ok: true });
    expect((await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id)))[0]).toMatchObject({ name: "Y Owner", postalCode: "K1A 0A6" });
  });

  it("changes nothing for a repeat over the rate limit", async () => {
    const campaign = await createCampaign(db());
    const victim = `limited-${uniqueSuffix()}@example.org`;
    await signPetition(visitor, campaign.slug, person(victim, { name: "Y Owner" }), { source: page });
    const flood = `ip-flood-${uniqueSuffix()}`;
    // SIGN_LIMIT_PER_IP_PER_HOUR's default.
    const limit = 60;
    await Promise.all(Array.from({ length: limit }, (_, i) => signPetition(visitorContext(flood), campaign.slug, person(`flood-${i}-${uniqueSuffix()}@example.org`), { source: page })));
    await signPetition(visitorContext(flood), campaign.slug, person(victim, { name: "X Stranger" }), { source: page });
    const [signature] = await db()
      .select()
      .from(signatures)
      .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.canonicalEmail, canonicalEmail(victim))));
    expect(signature).toMatchObject({ name: "Y Owner", confirmationSends: 1 });
  });
});
