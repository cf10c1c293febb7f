import { eq, inArray } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaigns, emailMessages, letters, signatures, supporters } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { systemContext, transaction } from "@/server/context";
import { closedCampaignSigners } from "@/server/retention/closed-campaign-signers";
import { fraudulentSignatures } from "@/server/retention/fraudulent-signatures";
import type { RetentionKind } from "@/server/retention/kind";
import { retentionKinds } from "@/server/retention/kinds";
import { retentionPolicy } from "@/server/retention/policy";
import { unconfirmedSignatures } from "@/server/retention/unconfirmed-signatures";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { invalidateOne } from "@/server/signatures/admin/invalidate-one";
import { reconcileTallies } from "@/server/signatures/reconcile-tallies";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";
import { createStaffMember, staffContextOf } from "./support/signed-in";
import { tally } from "./support/tallies";

/*
 * Each people-related retention kind goes at its time and not before: timestamps are moved back
 * to just inside and just past the policy's period (defaults: 30 days, 90 days, 6 months).
 */

const DAY = 86_400_000;
const run = (kind: RetentionKind) => transaction(systemContext("retention-test"), (tx) => kind.run(tx, new Date(), retentionPolicy()));
const ago = (days: number) => new Date(Date.now() - days * DAY);
const exists = async (id: string) => (await db().select({ id: supporters.id }).from(supporters).where(eq(supporters.id, id))).length === 1;
const signatureOf = async (id: string) => (await db().select().from(signatures).where(eq(signatures.id, id)))[0];

beforeAll(async () => {
  await seedDemo(db());
});

async function confirmedSigner(slug: string, subscribe = false) {
  const email = `kept-${uniqueSuffix()}@example.org`;
  await signPetition(visitor, slug, person(email, { name: "Ignatius Borowczyk", postalCode: "R3C 4T3", province: "MB", subscribe }), { source: "/en/campaigns/test" });
  const result = await confirmSignature(visitor, (await latestConfirmationToken(email))!);
  if (!result.ok) throw new Error("not confirmed");
  const [row] = await db().select().from(signatures).where(eq(signatures.supporterId, result.supporterId));
  return { supporterId: result.supporterId, signatureId: row!.id };
}

describe("retention of people's data", () => {
  it("are registered", () => {
    expect(retentionKinds.map((kind) => kind.name)).toEqual(expect.arrayContaining(["unconfirmed-signatures", "fraudulent-signatures", "closed-campaign-signers"]));
  });

  it("removes an unconfirmed signature 30 days after its link expired, and its signer if nothing else keeps them", async () => {
    const [campaign, other] = [await createCampaign(db()), await createCampaign(db())];
    const alone = await createSupporter(db(), { name: "Ottoline Farquharson" });
    const subscribed = await createSupporter(db(), { subscriptionStatus: "subscribed" });
    const signedElsewhere = await createSupporter(db());
    const pending = [];
    for (const supporter of [alone, subscribed, signedElsewhere]) pending.push(await createSignature(db(), { campaignId: campaign.id, supporterId: supporter.id, email: supporter.email, state: "pending", confirmTokenExpiresAt: ago(29) }));
    await createSignature(db(), { campaignId: other.id, supporterId: signedElsewhere.id, email: signedElsewhere.email, state: "confirmed", confirmedAt: new Date() });

    await run(unconfirmedSignatures);
    expect(await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id))).toHaveLength(3);

    await db()
      .update(signatures)
      .set({ confirmTokenExpiresAt: ago(31) })
      .where(eq(signatures.campaignId, campaign.id));
    const counts = await run(unconfirmedSignatures);
    expect(counts.signatures_deleted).toBeGreaterThanOrEqual(3);
    expect(await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id))).toEqual([]);
    expect([await exists(alone.id), await exists(subscribed.id), await exists(signedElsewhere.id)]).toEqual([false, true, true]);
  });

  it("deletes a fraudulent signature 90 days after it was marked, leaving the counts alone", async () => {
    const campaign = await createCampaign(db());
    const signer = await confirmedSigner(campaign.slug);
    const honest = await confirmedSigner(campaign.slug);
    // Marked as the panel marks it (off the tallies at once), 89 days ago.
    const organiser = staffContextOf(await createStaffMember(db(), "organiser"));
    expect(await invalidateOne(organiser, { campaignId: campaign.id, signatureId: signer.signatureId, mark: "fraudulent", reason: "Same device signed 300 times" })).toMatchObject({ ok: true });
    await db()
      .update(signatures)
      .set({ invalidatedAt: ago(89) })
      .where(eq(signatures.id, signer.signatureId));
    const before = await tally(campaign.id, "total", "");

    await run(fraudulentSignatures);
    expect((await signatureOf(signer.signatureId))?.state).toBe("fraudulent");

    await db()
      .update(signatures)
      .set({ invalidatedAt: ago(91) })
      .where(eq(signatures.id, signer.signatureId));
    await run(fraudulentSignatures);
    expect(await signatureOf(signer.signatureId)).toBeUndefined();
    expect(await exists(signer.supporterId)).toBe(false);
    expect(await exists(honest.supporterId)).toBe(true);
    expect(await tally(campaign.id, "total", "")).toBe(before);
    expect((await reconcileTallies(systemContext("test"))).filter((fix) => fix.campaignId === campaign.id)).toEqual([]);
  });

  it("anonymises a closed campaign's signers and letters after its period, its own or the default, keeping every count", async () => {
    const byDefault = await createCampaign(db(), { status: "closed", closedAt: ago(5 * 30) });
    const ownPeriod = await createCampaign(db(), { status: "closed", closedAt: ago(2 * 30), signerRetentionMonths: 3 });
    const pastEnd = await createCampaign(db(), { status: "live", closesAt: ago(5 * 30) });
    const stillOpen = await createCampaign(db(), { status: "live", closesAt: new Date(Date.now() + 30 * DAY) });
    const signers = new Map<string, { supporterId: string; signatureId: string }[]>();
    for (const campaign of [byDefault, ownPeriod, pastEnd, stillOpen]) {
      // Signing needs the campaign open: it closes once they have signed.
      await db().update(campaigns).set({ status: "live", closesAt: null }).where(eq(campaigns.id, campaign.id));
      signers.set(campaign.id, [await confirmedSigner(campaign.slug), await confirmedSigner(campaign.slug, true)]);
      await db().update(campaigns).set({ status: campaign.status, closesAt: campaign.closesAt }).where(eq(campaigns.id, campaign.id));
    }
    const writer = signers.get(ownPeriod.id)![0]!;
    const [message] = await db()
      .insert(emailMessages)
      .values({
        idempotencyKey: `letter/${uniqueSuffix()}`,
        kind: "letter",
        category: "letter",
        template: "letter",
        props: { supporterName: "Ignatius Borowczyk" },
        toAddress: "mp@parl.example",
        canonicalTo: "mp@parl.example",
        fromName: "Ignatius Borowczyk via Private Faces",
        replyTo: "kept@example.org",
        supporterId: writer.supporterId,
        status: "sent",
      })
      .returning();
    const [letter] = await db()
      .insert(letters)
      .values({
        campaignId: ownPeriod.id,
        supporterId: writer.supporterId,
        targetKey: "fixed:x",
        toName: "MP",
        toAddress: "mp@parl.example",
        postalCode: "R3C 4T3",
        ridingName: "Winnipeg Centre",
        subject: "Support a moratorium",
        body: "My own words, Ignatius Borowczyk",
        personalised: true,
        locale: "en",
        state: "handed_over",
        handedOverAt: ago(70),
        emailMessageId: message!.id,
      })
      .returning();
    const totals = async () => Promise.all([byDefault, ownPeriod, pastEnd, stillOpen].map((campaign) => tally(campaign.id, "province", "MB")));
    const before = await totals();

    await run(closedCampaignSigners);
    for (const campaign of [byDefault, ownPeriod, pastEnd, stillOpen]) for (const signer of signers.get(campaign.id)!) expect((await signatureOf(signer.signatureId))?.supporterId).toBe(signer.supporterId);

    // A month on: the default six months have passed for two of them, and three for the third.
    await db()
      .update(campaigns)
      .set({ closedAt: ago(7 * 30) })
      .where(eq(campaigns.id, byDefault.id));
    await db()
      .update(campaigns)
      .set({ closedAt: ago(4 * 30) })
      .where(eq(campaigns.id, ownPeriod.id));
    await db()
      .update(campaigns)
      .set({ closesAt: ago(7 * 30) })
      .where(eq(campaigns.id, pastEnd.id));
    await run(closedCampaignSigners);

    for (const campaign of [byDefault, ownPeriod, pastEnd]) {
      const [alone, subscriber] = signers.get(campaign.id)!;
      for (const signer of [alone!, subscriber!]) expect(await signatureOf(signer.signatureId)).toMatchObject({ supporterId: null, name: "", email: "", postalCode: null, state: "confirmed", province: "MB" });
      expect([await exists(alone!.supporterId), await exists(subscriber!.supporterId)]).toEqual([false, true]);
    }
    for (const signer of signers.get(stillOpen.id)!) expect(await signatureOf(signer.signatureId)).toMatchObject({ supporterId: signer.supporterId, name: "Ignatius Borowczyk" });
    expect(await totals()).toEqual(before);
    expect((await reconcileTallies(systemContext("test"))).filter((fix) => signers.has(fix.campaignId))).toEqual([]);
    const [kept] = await db().select().from(letters).where(eq(letters.id, letter!.id));
    expect(kept).toMatchObject({ supporterId: null, body: "", postalCode: null, ridingName: null, subject: "Support a moratorium", state: "handed_over" });
    const [mail] = await db()
      .select()
      .from(emailMessages)
      .where(inArray(emailMessages.id, [message!.id]));
    expect(mail).toMatchObject({ toAddress: "mp@parl.example", props: null, fromName: null, replyTo: null, status: "sent" });

    // Nothing left to do on the next day's run.
    const again = await run(closedCampaignSigners);
    expect(again.campaigns ?? 0).toBe(0);
  });
});
