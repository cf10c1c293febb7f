import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { auditEvents, emailMessages, fixedTargets, letterActions, letters } from "@/db/schema";
import { visitorContext } from "@/server/context";
import { letterStats } from "@/server/letters/letter-stats";
import { previewLetterRetry } from "@/server/letters/preview-letter-retry";
import { retryFailedLetters } from "@/server/letters/retry-failed-letters";
import { sendLetters } from "@/server/letters/send-letters";
import { createCampaign } from "../support/factories";
import type { ResendStub } from "../support/resend-stub/server";
import { dropWaitingMailJobs, waitFor } from "./support/mail-env";
import { letterWorkerEnv, prepareLetters } from "./support/letters-env";
import { createStaffMember, staffContextOf } from "./support/signed-in";
import { confirmedSigner } from "./support/signing";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

let stub: ResendStub;
const visitor = visitorContext("letters-retry-test");
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  stub = await prepareLetters();
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await stub?.close();
});

async function startWorker() {
  workers.push(await spawnWorker(letterWorkerEnv(stub)));
}

// Not the MP and commissioner of letters.test.ts: hourly limits count a target's letters across campaigns.
const RIDING = "35080";

/** A campaign writing to the supporter's MP and a company, without an hourly limit in the way. */
async function campaignWithLetters() {
  const campaign = await createCampaign(db(), { lettersEnabled: true });
  const [company] = await db().select().from(fixedTargets).where(eq(fixedTargets.key, "facematch-inc"));
  await db()
    .insert(letterActions)
    .values({ campaignId: campaign.id, fixedTargetIds: [company!.id], subjectsEn: "Retry me", subjectsFr: "Réessayez", templateEn: "Dear {{representative}}, act.", templateFr: "Bonjour {{representative}}, agissez.", maxPerHourPerTarget: 1000 });
  return { campaign, company: company! };
}

async function lettersOf(campaignId: string) {
  return db().select({ id: letters.id, targetKey: letters.targetKey, state: letters.state, status: emailMessages.status }).from(letters).leftJoin(emailMessages, eq(emailMessages.id, letters.emailMessageId)).where(eq(letters.campaignId, campaignId));
}

const sentWithKey = (key: string) => stub.emails().filter((email) => email.idempotencyKey === key);

describe("retrying failed letters", () => {
  it("sends an organiser's retry exactly once, skips a disabled address, and refuses a viewer", async () => {
    const { campaign, company } = await campaignWithLetters();
    const writers = [];
    for (let i = 0; i < 3; i++) writers.push(await confirmedSigner(campaign.slug, `Retry Writer${i}`));
    await dropWaitingMailJobs(db());
    for (const writer of writers) await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: RIDING, subject: "0" });
    // The provider refuses the six letters (e.g. a sender domain not verified yet): they fail for good.
    stub.inject({ status: 422, times: 6, path: "/emails", keyPrefix: "letter/" });
    await startWorker();
    await waitFor(async () => (await lettersOf(campaign.id)).filter((letter) => letter.status === "failed").length === 6 || null, 30_000, "six failed letters");
    const [organiser, viewer] = [await createStaffMember(db(), "organiser"), await createStaffMember(db(), "viewer")];
    const stats = await letterStats(staffContextOf(organiser), campaign.id);
    expect(stats.map((row) => [row.failed, row.retryable])).toEqual([
      [3, 3],
      [3, 3],
    ]);

    // The company's address bounced meanwhile: its letters are not retried.
    await db().update(fixedTargets).set({ emailDisabledAt: new Date() }).where(eq(fixedTargets.id, company.id));
    try {
      await expect(retryFailedLetters(staffContextOf(viewer), { campaignId: campaign.id })).rejects.toMatchObject({ name: "Refused", code: "forbidden" });
      expect((await lettersOf(campaign.id)).filter((letter) => letter.status === "failed")).toHaveLength(6);
      expect(await previewLetterRetry(staffContextOf(organiser), { campaignId: campaign.id })).toEqual({ retryable: 3, skipped: 3, targetName: null });
      expect(await retryFailedLetters(staffContextOf(organiser), { campaignId: campaign.id, target: `fixed:${company.id}` })).toEqual({ ok: true, retried: 0, skipped: 3 });
      expect(await retryFailedLetters(staffContextOf(organiser), { campaignId: campaign.id })).toEqual({ ok: true, retried: 3, skipped: 3 });
      // A second click finds nothing left to retry.
      expect(await retryFailedLetters(staffContextOf(organiser), { campaignId: campaign.id })).toEqual({ ok: true, retried: 0, skipped: 3 });

      const toMp = await waitFor(
        async () => {
          const rows = (await lettersOf(campaign.id)).filter((letter) => letter.targetKey.startsWith("rep:"));
          return rows.every((letter) => letter.state === "handed_over" && letter.status === "sent") ? rows : null;
        },
        30_000,
        "the MP's letters sent",
      );
      expect(toMp).toHaveLength(3);
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      for (const letter of toMp) {
        expect(sentWithKey(`letter/${letter.id}`), "each letter reaches the provider once").toHaveLength(1);
        expect(
          stub
            .requests()
            .filter((request) => request.idempotencyKey === `letter/${letter.id}`)
            .map((request) => request.status),
        ).toEqual([422, 200]);
      }
      const toCompany = (await lettersOf(campaign.id)).filter((letter) => letter.targetKey === `fixed:${company.id}`);
      expect(toCompany.map((letter) => letter.status)).toEqual(["failed", "failed", "failed"]);
      const audit = await db()
        .select()
        .from(auditEvents)
        .where(and(eq(auditEvents.action, "letters.retry"), eq(auditEvents.entityId, campaign.id)));
      expect(audit.map((event) => [event.actorEmail, event.after])).toEqual([
        [organiser.email, { retried: 0, skipped: 3 }],
        [organiser.email, { retried: 3, skipped: 3 }],
        [organiser.email, { retried: 0, skipped: 3 }],
      ]);
      expect(audit[0]!.before).toEqual({ target: `fixed:${company.id}`, failed: 3 });
    } finally {
      // Later files and the browser tests share this database and write to the company.
      await db().update(fixedTargets).set({ emailDisabledAt: null }).where(eq(fixedTargets.id, company.id));
    }
  }, 90_000);

  it("keeps the letter's key: a letter the provider had in fact accepted is not mailed twice", async () => {
    // The worker of the test above is still running.
    const { campaign } = await campaignWithLetters();
    const writer = await confirmedSigner(campaign.slug, "Lost Answer Writer");
    await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: RIDING, subject: "0" });
    const sent = await waitFor(async () => (await lettersOf(campaign.id)).filter((letter) => letter.status === "sent").length === 2 || null, 30_000, "two letters sent");
    expect(sent).toBe(true);
    // As if every answer had been lost in a timeout: the provider has the letter, the log says failed.
    const [letter] = (await lettersOf(campaign.id)).filter((row) => row.targetKey.startsWith("rep:"));
    await db().execute(sql`update email_messages set status = 'failed', last_error = 'gave up after 5 attempts: timeout' where id = (select email_message_id from letters where id = ${letter!.id})`);
    const admin = await createStaffMember(db(), "admin");
    expect(await retryFailedLetters(staffContextOf(admin), { campaignId: campaign.id, target: letter!.targetKey })).toEqual({ ok: true, retried: 1, skipped: 0 });
    await waitFor(async () => (await lettersOf(campaign.id)).find((row) => row.id === letter!.id && row.status === "sent") ?? null, 30_000, "the retried letter recorded as sent");
    expect(sentWithKey(`letter/${letter!.id}`)).toHaveLength(1);
    expect(stub.requests().filter((request) => request.idempotencyKey === `letter/${letter!.id}`)).toHaveLength(2);
  }, 60_000);

  it("in digest mode, sends the failed digest again under its own key", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await db()
      .insert(letterActions)
      .values({ campaignId: campaign.id, subjectsEn: "Digest me", subjectsFr: "Recueil", templateEn: "Dear {{representative}}, act.", templateFr: "Bonjour {{representative}}, agissez.", delivery: "digest", digestEvery: 2, maxPerHourPerTarget: 1000 });
    const writers = [await confirmedSigner(campaign.slug, "Digest Retry One"), await confirmedSigner(campaign.slug, "Digest Retry Two")];
    // Their confirmation emails go out first, so that the refusal below meets the digest.
    await waitFor(async () => writers.every((writer) => stub.emails().some((email) => email.to.some((to) => to.includes(writer.email)))) || null, 20_000, "the confirmation emails");
    stub.inject({ status: 422, times: 1, path: "/emails", keyPrefix: "letter-digest/" });
    for (const writer of writers) await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: RIDING, subject: "0" });
    await waitFor(async () => (await lettersOf(campaign.id)).filter((letter) => letter.status === "failed").length === 2 || null, 30_000, "the failed digest");
    const digestOf = () => db().selectDistinct({ id: emailMessages.id, key: emailMessages.idempotencyKey }).from(letters).innerJoin(emailMessages, eq(emailMessages.id, letters.emailMessageId)).where(eq(letters.campaignId, campaign.id));
    const failed = await digestOf();
    const organiser = await createStaffMember(db(), "organiser");
    expect(await retryFailedLetters(staffContextOf(organiser), { campaignId: campaign.id })).toEqual({ ok: true, retried: 2, skipped: 0 });
    await waitFor(async () => (await lettersOf(campaign.id)).filter((letter) => letter.status === "sent").length === 2 || null, 30_000, "the digest sent");
    // The same letters, gathered again: the same digest, sent again, once.
    expect(await digestOf()).toEqual(failed);
    expect(sentWithKey(failed[0]!.key)).toHaveLength(1);
  }, 60_000);

  it("refuses a malformed target without touching anything", async () => {
    const admin = await createStaffMember(db(), "admin");
    const { campaign } = await campaignWithLetters();
    expect(await retryFailedLetters(staffContextOf(admin), { campaignId: campaign.id, target: "rep:'; drop table letters" })).toEqual({ ok: false, error: "invalid" });
    expect(await retryFailedLetters(staffContextOf(admin), { campaignId: "00000000-0000-4000-8000-000000000000" })).toEqual({ ok: false, error: "notFound" });
  });
});
