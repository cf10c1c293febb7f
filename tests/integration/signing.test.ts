import { and, count, eq, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { consentRecords, emailMessages, emailSuppressions, signatures, signatureTallies, supporters } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { canonicalEmail } from "@/server/mail/canonical";
import { systemContext, visitorContext } from "@/server/context";
import { confirmSignature } from "@/server/signatures/confirm-signature";
import { getConfirmationLink } from "@/server/signatures/get-confirmation-link";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";
import { reconcileTallies } from "@/server/signatures/reconcile-tallies";
import { resendConfirmation } from "@/server/signatures/resend-confirmation";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { latestConfirmationToken, person, visitor } from "./support/signing";

beforeAll(async () => {
  // Read once by the env module: a low per-IP limit, to reach it in a test.
  process.env.SIGN_LIMIT_PER_IP_PER_HOUR = "5";
  // The organisation's wording for the updates opt-in comes with the seed.
  await seedDemo(db());
});

const web = { source: "/en/campaigns/test" };
const exactCount = async (campaignId: string) =>
  (
    await db()
      .select({ n: count() })
      .from(signatures)
      .where(and(eq(signatures.campaignId, campaignId), eq(signatures.state, "confirmed")))
  )[0]!.n;

describe("signing and confirming", () => {
  it("records a pending signature with the wording shown, its consent at the click, counts it once confirmed, and only once", async () => {
    const campaign = await createCampaign(db());
    const email = `ana-${uniqueSuffix()}@example.org`;
    expect(await signPetition(visitor, campaign.slug, person(email, { subscribe: true, locale: "fr" }), web)).toEqual({ ok: true });
    const [signature] = await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id));
    expect(signature).toMatchObject({ state: "pending", province: "ON", postalCode: "K1A 0A6", confirmationSends: 1 });
    expect(signature?.confirmTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signature?.petitionConsentId).toBeTruthy();
    expect(signature?.updatesConsentId).toBeTruthy();
    const consent = () => db().select().from(consentRecords).where(eq(consentRecords.supporterId, signature!.supporterId!));
    // Signing consents to nothing yet: the click does.
    expect(await consent()).toEqual([]);
    expect((await getSignatureCounts(campaign.id, { fresh: true })).total).toBe(0);

    const token = (await latestConfirmationToken(email))!;
    expect(await confirmSignature(visitorContext("ip-click"), token, { source: "/fr/confirmer" })).toMatchObject({ ok: true, slug: campaign.slug, locale: "fr" });
    expect(await confirmSignature(visitor, token)).toEqual({ ok: false, error: "already" });
    const recorded = await consent();
    expect(recorded.map((record) => [record.purpose, record.consentTextId, record.ipHash, record.source]).sort()).toEqual([
      ["petition", signature!.petitionConsentId, "ip-click", "/fr/confirmer"],
      ["updates", signature!.updatesConsentId, "ip-click", "/fr/confirmer"],
    ]);
    expect(await getSignatureCounts(campaign.id, { fresh: true })).toEqual({ total: 1, byProvince: [{ code: "ON", count: 1 }], byRiding: [] });
    const [supporter] = await db().select().from(supporters).where(eq(supporters.id, signature!.supporterId!));
    expect(supporter?.subscriptionStatus).toBe("subscribed");
  });

  it("counts 500 concurrent signers exactly, a fifth of them repeats in other spellings", async () => {
    const campaign = await createCampaign(db());
    const tag = uniqueSuffix();
    const unique = Array.from({ length: 400 }, (_, i) => `signer.${i}.${tag}@gmail.com`);
    // Gmail ignores dots and +tags: the same mailbox, and the same signer.
    const respell = (email: string, i: number) => {
      const [local, domain] = email.split("@");
      return i % 2 ? email.toUpperCase() : `${local!.replaceAll(".", "")}+again@${domain}`;
    };
    const repeats = unique.slice(0, 100).map(respell);
    const all = [...unique, ...repeats].map((email, i) => person(email, { province: i % 3 ? "QC" : "ON", postalCode: i % 3 ? "H2X 1Y4" : "K1A 0A6" }));
    await Promise.all(all.map((fields) => signPetition(visitor, campaign.slug, fields, web)));
    expect((await db().select({ n: count() }).from(signatures).where(eq(signatures.campaignId, campaign.id)))[0]!.n).toBe(400);

    // Each person confirms with the newest link they received; some press the button twice at once.
    const tokens = await Promise.all(all.map((fields) => latestConfirmationToken(fields.email)));
    const results = await Promise.all([...tokens, ...tokens.slice(0, 50)].filter(Boolean).map((token) => confirmSignature(visitor, token!)));
    expect(results.filter((result) => result.ok).length).toBeGreaterThanOrEqual(400);
    const counts = await getSignatureCounts(campaign.id, { fresh: true });
    expect(counts.total).toBe(400);
    expect(counts.total).toBe(await exactCount(campaign.id));
    expect(counts.byProvince.reduce((sum, row) => sum + row.count, 0)).toBe(400);
    // 16 shards, not one hot row.
    const rows = await db()
      .select()
      .from(signatureTallies)
      .where(and(eq(signatureTallies.campaignId, campaign.id), eq(signatureTallies.scope, "total")));
    expect(rows.length).toBeGreaterThan(8);
  }, 60_000);

  it("re-sends the confirmation to a repeat signer, four emails at most, and reveals nothing", async () => {
    const campaign = await createCampaign(db());
    const email = `repeat-${uniqueSuffix()}@example.org`;
    // Each time with other details: the very same details again at once are one request sent twice (below).
    for (let i = 0; i < 6; i++) expect(await signPetition(visitor, campaign.slug, person(email, { name: `Alex Martin ${i}` }), web)).toEqual({ ok: true });
    const sent = await db()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.kind, "confirm-signature"), eq(emailMessages.canonicalTo, canonicalEmail(email))));
    expect(sent).toHaveLength(4);
    // Only the newest link works.
    expect((await confirmSignature(visitor, (await latestConfirmationToken(email))!)).ok).toBe(true);
  });

  it("takes the very same signing sent twice at once as one: no second email, and the first link still works", async () => {
    const campaign = await createCampaign(db());
    const email = `twice-${uniqueSuffix()}@example.org`;
    const confirmations = () =>
      db()
        .select()
        .from(emailMessages)
        .where(and(eq(emailMessages.kind, "confirm-signature"), eq(emailMessages.canonicalTo, canonicalEmail(email))));
    expect(await signPetition(visitor, campaign.slug, person(email), web)).toEqual({ ok: true });
    const first = await latestConfirmationToken(email);
    // A double click, or a retry after an answer lost with the connection.
    expect(await signPetition(visitor, campaign.slug, person(email), web)).toEqual({ ok: true });
    expect(await confirmations()).toHaveLength(1);
    expect((await getConfirmationLink(visitor, first!, "en")).status).toBe("pending");

    // Two minutes later the same details mean "send it again": the email did not come.
    await db()
      .update(signatures)
      .set({ confirmTokenExpiresAt: sql`confirm_token_expires_at - interval '3 minutes'` })
      .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.canonicalEmail, canonicalEmail(email))));
    expect(await signPetition(visitor, campaign.slug, person(email), web)).toEqual({ ok: true });
    expect(await confirmations()).toHaveLength(2);
    expect((await getConfirmationLink(visitor, first!, "en")).status).toBe("invalid");
    expect((await confirmSignature(visitor, (await latestConfirmationToken(email))!)).ok).toBe(true);
  });

  it("keeps over-limit signatures but marks them, sends them nothing and never counts them", async () => {
    const campaign = await createCampaign(db());
    const ipHash = `ip-${uniqueSuffix()}`;
    const emails = Array.from({ length: 7 }, (_, i) => `flood-${i}-${uniqueSuffix()}@example.org`);
    for (const email of emails) expect(await signPetition(visitorContext(ipHash), campaign.slug, person(email), web)).toEqual({ ok: true });
    const rows = await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id));
    expect(rows.filter((row) => row.state === "fraudulent")).toHaveLength(2);
    expect(rows.every((row) => row.ipHash === ipHash)).toBe(true);
    expect(await latestConfirmationToken(emails[6]!)).toBeNull();
  });

  it("holds the per-IP limit for a flood arriving at once, when signers share one statement", async () => {
    const campaign = await createCampaign(db());
    const ipHash = `ip-${uniqueSuffix()}`;
    const emails = Array.from({ length: 12 }, (_, i) => `burst-${i}-${uniqueSuffix()}@example.org`);
    await Promise.all(emails.map((email) => signPetition(visitorContext(ipHash), campaign.slug, person(email), web)));
    const rows = await db().select().from(signatures).where(eq(signatures.campaignId, campaign.id));
    expect(rows).toHaveLength(12);
    expect(rows.filter((row) => row.state === "pending")).toHaveLength(5);
    const [sent] = await db().select({ n: count() }).from(emailMessages).where(inArray(emailMessages.toAddress, emails));
    expect(sent!.n).toBe(5);
  });

  it("offers a fresh link when the old one expired, and refuses nonsense", async () => {
    const campaign = await createCampaign(db());
    const email = `late-${uniqueSuffix()}@example.org`;
    await signPetition(visitor, campaign.slug, person(email), web);
    const old = (await latestConfirmationToken(email))!;
    await db()
      .update(signatures)
      .set({ confirmTokenExpiresAt: sql`now() - interval '1 minute'` })
      .where(eq(signatures.campaignId, campaign.id));
    expect(await confirmSignature(visitor, old)).toEqual({ ok: false, error: "expired" });
    expect(await resendConfirmation(visitor, old)).toEqual({ ok: true });
    const fresh = (await latestConfirmationToken(email))!;
    expect(fresh).not.toBe(old);
    expect((await confirmSignature(visitor, fresh)).ok).toBe(true);
    expect(await confirmSignature(visitor, "not-a-real-token-at-all-xyz")).toEqual({ ok: false, error: "invalid" });
  });

  it("refuses closed and draft campaigns without writing anything", async () => {
    const closed = await createCampaign(db(), { status: "closed" });
    const draft = await createCampaign(db(), { status: "draft" });
    const ended = await createCampaign(db(), { opensAt: new Date("2020-01-01"), closesAt: new Date("2021-01-01") });
    expect(await signPetition(visitor, closed.slug, person(`c-${uniqueSuffix()}@example.org`), web)).toEqual({ ok: false, error: "closed" });
    expect(await signPetition(visitor, ended.slug, person(`e-${uniqueSuffix()}@example.org`), web)).toEqual({ ok: false, error: "closed" });
    await expect(signPetition(visitor, draft.slug, person(`d-${uniqueSuffix()}@example.org`), web)).rejects.toMatchObject({ code: "not-found" });
    await expect(signPetition(visitor, "no-such-campaign", person(`n-${uniqueSuffix()}@example.org`), web)).rejects.toMatchObject({ code: "not-found" });
    for (const campaign of [closed, draft, ended]) expect(await exactCount(campaign.id)).toBe(0);
  });

  it("lifts an earlier unsubscribe when a signer opts in again and confirms", async () => {
    const campaign = await createCampaign(db());
    const email = `back-${uniqueSuffix()}@example.org`;
    await db()
      .insert(emailSuppressions)
      .values({ address: canonicalEmail(email), reason: "unsubscribed" });
    await signPetition(visitor, campaign.slug, person(email, { subscribe: true }), web);
    await confirmSignature(visitor, (await latestConfirmationToken(email))!);
    expect(
      await db()
        .select()
        .from(emailSuppressions)
        .where(eq(emailSuppressions.address, canonicalEmail(email))),
    ).toEqual([]);
  });
});

describe("reconciliation", () => {
  it("repairs a corrupted total and province count, keeping concurrent confirmations", async () => {
    const campaign = await createCampaign(db());
    const emails = Array.from({ length: 5 }, (_, i) => `rec-${i}-${uniqueSuffix()}@example.org`);
    for (const email of emails) await signPetition(visitor, campaign.slug, person(email, { province: "BC", postalCode: "V6B 4Y8" }), web);
    for (const email of emails.slice(0, 4)) await confirmSignature(visitor, (await latestConfirmationToken(email))!);
    await db().execute(sql`update signature_tallies set count = count + 7 where campaign_id = ${campaign.id} and scope = 'total' and shard = (select min(shard) from signature_tallies where campaign_id = ${campaign.id} and scope = 'total')`);
    await db().execute(sql`insert into signature_tallies values (${campaign.id}, 'province', 'NU', 3, 2)`);
    expect((await getSignatureCounts(campaign.id, { fresh: true })).total).toBe(11);

    const [corrections] = await Promise.all([reconcileTallies(systemContext("test")), confirmSignature(visitor, (await latestConfirmationToken(emails[4]!))!)]);
    expect(
      corrections
        .filter((c) => c.campaignId === campaign.id)
        .map((c) => `${c.scope}:${c.key}:${c.delta}`)
        .sort(),
    ).toEqual(["province:NU:-2", "total::-7"]);
    expect(await getSignatureCounts(campaign.id, { fresh: true })).toEqual({ total: 5, byProvince: [{ code: "BC", count: 5 }], byRiding: [] });
    expect(await reconcileTallies(systemContext("test"))).toEqual([]);
  });
});
