import { randomBytes } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { campaignUpdates, emailBroadcasts, emailMessages, letters, myDataLinks, rateLimitHits, sessions, signatures, updateSends, users, verificationTokens, webhookEvents, writerLinks } from "@/db/schema";
import { deliveryRecords } from "@/server/retention/delivery-records";
import { emailBodies } from "@/server/retention/email-bodies";
import { expiredLinks } from "@/server/retention/expired-links";
import { webhookPayloads } from "@/server/retention/webhook-payloads";
import { createCampaign, createSignature, createSupporter, uniqueSuffix } from "../support/factories";
import { clearRetentionRows, createBroadcast, createEmail, createWebhookEvent, daysAgo, monthsAgo, NOW, runKind } from "./support/retention";

const token = () => randomBytes(32).toString("hex");
const at = (offsetMinutes: number) => new Date(NOW.getTime() + offsetMinutes * 60_000);
const messageById = async (id: string) => (await db().select().from(emailMessages).where(eq(emailMessages.id, id)))[0];

let campaignId = "";
let supporterId = "";

beforeAll(async () => {
  await clearRetentionRows(db());
  campaignId = (await createCampaign(db(), { lettersEnabled: true })).id;
  supporterId = (await createSupporter(db())).id;
});

afterAll(() => clearRetentionRows(db()));

describe("email-bodies", () => {
  it("erases what an email said once it is 30 days old, and not a minute before", async () => {
    const old = await createEmail(db(), { createdAt: daysAgo(30, "past") });
    const recent = await createEmail(db(), { createdAt: daysAgo(30, "inside") });
    const letter = await createEmail(db(), { createdAt: daysAgo(30, "past"), kind: "letter", category: "letter", template: "letter", subject: "Mon quartier ne veut pas de caméras faciales", fromName: "Ophélie via Private Faces" });
    const stuck = await createEmail(db(), { createdAt: daysAgo(30, "past"), status: "queued", html: null, textBody: null, sealedProps: "sealed-secret" });

    expect(await runKind(emailBodies)).toEqual({ email_messages: 3 });

    const erased = await messageById(old.id);
    expect(erased).toMatchObject({ html: null, textBody: null, props: null, sealedProps: null, status: "sent", toAddress: old.toAddress });
    // Built from the campaign title, so kept; a letter's subject may be the writer's own words.
    expect(erased?.subject).toBe(old.subject);
    expect(await messageById(letter.id)).toMatchObject({ subject: null, props: null, html: null });
    expect(await messageById(stuck.id)).toMatchObject({ status: "failed", sealedProps: null, props: null, lastError: "not sent within 30 days; its content was erased" });
    expect(await messageById(recent.id)).toMatchObject({ html: recent.html, textBody: recent.textBody, props: recent.props, subject: recent.subject, status: "sent" });

    expect(await runKind(emailBodies)).toEqual({ email_messages: 0 });
  });
});

describe("delivery-records", () => {
  it("deletes emails 12 months old, keeps the letters they carried, and then the broadcasts they leave empty", async () => {
    const old = await createEmail(db(), { createdAt: monthsAgo(12, "past") });
    const recent = await createEmail(db(), { createdAt: monthsAgo(12, "inside") });
    const [letter] = await db()
      .insert(letters)
      .values({
        campaignId,
        supporterId,
        targetKey: `fixed:${uniqueSuffix()}`,
        toName: "Commissaire à la protection de la vie privée",
        toAddress: "commissaire@example.org",
        subject: "Un moratoire, s'il vous plaît",
        body: "Madame la Commissaire, …",
        personalised: false,
        locale: "fr",
        state: "handed_over",
        emailMessageId: old.id,
      })
      .returning();

    const emptied = await createBroadcast(db(), monthsAgo(12, "past"));
    const emptiedMessage = await createEmail(db(), { createdAt: monthsAgo(12, "past"), broadcastId: emptied.id, category: "bulk", kind: "campaign-update", template: null, props: null });
    const empty = await createBroadcast(db(), monthsAgo(12, "past"));
    const youngEmpty = await createBroadcast(db(), monthsAgo(12, "inside"));
    const stillSending = await createBroadcast(db(), monthsAgo(12, "past"));
    const stillSendingMessage = await createEmail(db(), { createdAt: monthsAgo(12, "inside"), broadcastId: stillSending.id, category: "bulk", kind: "campaign-update", template: null, props: null });
    const ofAnUpdate = await createBroadcast(db(), monthsAgo(12, "past"));
    const [update] = await db().insert(campaignUpdates).values({ campaignId, titleEn: "The hearing is set", titleFr: "L'audience est fixée", bodyEn: "It opens on May 3.", bodyFr: "Elle s'ouvre le 3 mai." }).returning();
    await db().insert(updateSends).values({ updateId: update!.id, scope: "subscribers", broadcastId: ofAnUpdate.id, queued: 0 });

    expect(await runKind(deliveryRecords)).toEqual({ email_messages: 2, email_broadcasts: 2 });

    const left = await db()
      .select({ id: emailMessages.id })
      .from(emailMessages)
      .where(inArray(emailMessages.id, [old.id, recent.id, emptiedMessage.id, stillSendingMessage.id]));
    expect(left.map((row) => row.id).sort()).toEqual([recent.id, stillSendingMessage.id].sort());
    const [kept] = await db().select().from(letters).where(eq(letters.id, letter!.id));
    expect(kept).toMatchObject({ emailMessageId: null, body: letter!.body });
    const broadcasts = await db()
      .select({ id: emailBroadcasts.id })
      .from(emailBroadcasts)
      .where(inArray(emailBroadcasts.id, [emptied.id, empty.id, youngEmpty.id, stillSending.id, ofAnUpdate.id]));
    expect(broadcasts.map((row) => row.id).sort()).toEqual([youngEmpty.id, stillSending.id, ofAnUpdate.id].sort());

    expect(await runKind(deliveryRecords)).toEqual({ email_messages: 0, email_broadcasts: 0 });
  });
});

describe("webhook-payloads", () => {
  it("empties a provider's payload after 30 days and keeps its id, so a late redelivery is still recognised", async () => {
    const old = await createWebhookEvent(db(), daysAgo(30, "past"));
    const recent = await createWebhookEvent(db(), daysAgo(30, "inside"));

    expect(await runKind(webhookPayloads)).toEqual({ webhook_events: 1 });

    const rows = await db()
      .select()
      .from(webhookEvents)
      .where(inArray(webhookEvents.id, [old.id, recent.id]));
    expect(rows.find((row) => row.id === old.id)).toMatchObject({ type: "email.bounced", payload: {} });
    expect(rows.find((row) => row.id === recent.id)?.payload).toEqual(recent.payload);

    expect(await runKind(webhookPayloads)).toEqual({ webhook_events: 0 });
  });
});

describe("expired-links", () => {
  it("removes links, tokens, sessions and counters the moment they can no longer be used", async () => {
    const link = (overrides: { expiresAt: Date; usedAt?: Date }) => ({ tokenHash: token(), supporterId, ...overrides });
    const writer = [link({ expiresAt: at(-1) }), link({ expiresAt: at(60), usedAt: at(-30) }), link({ expiresAt: at(1) })];
    await db()
      .insert(writerLinks)
      .values(writer.map((row) => ({ ...row, campaignId })));
    const mine = [link({ expiresAt: at(-1) }), link({ expiresAt: at(60), usedAt: at(-30) }), link({ expiresAt: at(1) })];
    await db().insert(myDataLinks).values(mine);

    const signed = (state: "confirmed" | "pending", expiresAt: Date) => ({ campaignId, supporterId, state, confirmedAt: state === "confirmed" ? at(-600) : null, confirmTokenHash: token(), confirmTokenExpiresAt: expiresAt });
    const confirmedExpired = await createSignature(db(), signed("confirmed", at(-1)));
    const confirmedLive = await createSignature(db(), signed("confirmed", at(1)));
    const pendingExpired = await createSignature(db(), signed("pending", at(-1)));

    const [user] = await db()
      .insert(users)
      .values({ email: `organiser-${uniqueSuffix()}@privatefaces.example`, role: "organiser" })
      .returning();
    const sessionTokens = [token(), token()];
    await db()
      .insert(sessions)
      .values([
        { sessionToken: sessionTokens[0]!, userId: user!.id, expires: at(-1) },
        { sessionToken: sessionTokens[1]!, userId: user!.id, expires: at(1) },
      ]);
    const identifier = user!.email;
    await db()
      .insert(verificationTokens)
      .values([
        { identifier, token: token(), expires: at(-1) },
        { identifier, token: token(), expires: at(1) },
      ]);
    const bucket = `retention-test:${uniqueSuffix()}`;
    await db()
      .insert(rateLimitHits)
      .values([
        { bucket, windowStart: at(-24 * 60 - 1), hits: 3 },
        { bucket, windowStart: at(-24 * 60 + 1), hits: 2 },
      ]);

    expect(await runKind(expiredLinks)).toEqual({ writer_links: 2, my_data_links: 2, signatures: 1, sessions: 1, verification_tokens: 1, rate_limit_hits: 1 });

    const hashes = (rows: { tokenHash: string }[]) => rows.map((row) => row.tokenHash);
    expect(
      hashes(
        await db()
          .select()
          .from(writerLinks)
          .where(inArray(writerLinks.tokenHash, hashes(writer))),
      ),
    ).toEqual([writer[2]!.tokenHash]);
    expect(
      hashes(
        await db()
          .select()
          .from(myDataLinks)
          .where(inArray(myDataLinks.tokenHash, hashes(mine))),
      ),
    ).toEqual([mine[2]!.tokenHash]);
    const tokenOf = async (id: string) => (await db().select().from(signatures).where(eq(signatures.id, id)))[0]?.confirmTokenHash;
    expect(await tokenOf(confirmedExpired.id)).toBeNull();
    expect(await tokenOf(confirmedLive.id)).toBe(confirmedLive.confirmTokenHash);
    // Still pending: its expired link is how the signer asks for a new one.
    expect(await tokenOf(pendingExpired.id)).toBe(pendingExpired.confirmTokenHash);
    expect((await db().select().from(sessions).where(eq(sessions.userId, user!.id))).map((row) => row.sessionToken)).toEqual([sessionTokens[1]]);
    expect(await db().select().from(verificationTokens).where(eq(verificationTokens.identifier, identifier))).toHaveLength(1);
    expect((await db().select().from(rateLimitHits).where(eq(rateLimitHits.bucket, bucket))).map((row) => row.hits)).toEqual([2]);

    expect(await runKind(expiredLinks)).toEqual({ writer_links: 0, my_data_links: 0, signatures: 0, sessions: 0, verification_tokens: 0, rate_limit_hits: 0 });
  });
});
