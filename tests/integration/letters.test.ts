import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { POST } from "@/app/api/webhooks/resend/route";
import { emailMessages, emailSuppressions, fixedTargets, letterActions, letters, representatives } from "@/db/schema";
import { demoAdminEmail } from "@/db/seed/content";
import { signWebhook } from "@/server/mail/webhook-signature";
import { isOfficeHours, nextOfficeHours, timeZoneOf } from "@/lib/letters/office-hours";
import { remindAccessRequests } from "@/jobs/letters/remind-access-requests";
import { runJob } from "@/jobs/define-job";
import { visitorContext } from "@/server/context";
import { sendLetters } from "@/server/letters/send-letters";
import { createCampaign, uniqueSuffix } from "../support/factories";
import type { ResendStub } from "../support/resend-stub/server";
import { addMpAndCommissionerAction } from "./support/letter-campaign";
import { waitFor } from "./support/mail-env";
import { letterWorkerEnv, prepareLetters } from "./support/letters-env";
import { confirmedSigner } from "./support/signing";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

let stub: ResendStub;
// Letters are sent from the composer, by a visitor whose browser proved who they are.
const visitor = visitorContext("letters-test");
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  stub = await prepareLetters();
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await stub?.close();
});

describe("letters", () => {
  it("go out from the supporter via the organisation, never more than a target's hourly limit, however many workers", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await addMpAndCommissionerAction(campaign.id, {
      subjectsEn: "Support a moratorium\nPublish the RCMP audit",
      subjectsFr: "Appuyez un moratoire\nPubliez l’audit de la GRC",
      templateEn: "Dear {{representative}},\n\nI live in {{riding}} and ask you to act.\n\n{{supporter_name}}",
      templateFr: "Bonjour {{representative}},\n\nJ’habite {{riding}}.\n\n{{supporter_name}}",
      maxPerHourPerTarget: 3,
    });
    const writers = [];
    for (let i = 0; i < 5; i++) writers.push(await confirmedSigner(campaign.slug, `Writer Number${i}`));
    for (const [index, writer] of writers.entries()) {
      const body = index === 0 ? "Dear {{representative}},\n\nMy own words: my face is in that database.\n\nWriter Number0" : undefined;
      const result = await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: "35079", subject: "1", body });
      expect(result).toEqual({
        ok: true,
        sent: [
          { name: "Priya Lachance", queued: true },
          { name: "Office of the Privacy Commissioner of Canada", queued: true },
        ],
      });
    }
    // Sending twice writes nothing new.
    expect(await sendLetters(visitor, campaign.slug, "en", writers[0]!.id, { riding: "35079", subject: "1" })).toMatchObject({ ok: true, sent: [{ queued: false }, { queued: false }] });

    const env = letterWorkerEnv(stub, { WORKER_CONCURRENCY: "4" });
    workers.push(await spawnWorker(env), await spawnWorker(env));
    const handedOver = async () =>
      (
        await db()
          .select({ target: letters.targetKey, n: sql<number>`count(*)::int` })
          .from(letters)
          .where(and(eq(letters.campaignId, campaign.id), eq(letters.state, "handed_over")))
          .groupBy(letters.targetKey)
      ).map((row) => row.n);
    await waitFor(async () => stub.emails().filter((email) => email.subject === "Publish the RCMP audit").length === 6 || null, 20_000, "six letters sent");
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await handedOver()).toEqual([3, 3]);
    const waiting = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(letters)
      .where(and(eq(letters.campaignId, campaign.id), eq(letters.state, "queued")));
    expect(waiting[0]!.n).toBe(4);
    // The waiting letters are queued for when the hour's first slot frees, not retried in a loop.
    const [later] = await db().execute<{ n: number }>(sql`select count(*)::int as n from pgboss.job where name = 'letters.deliver' and state = 'created' and start_after > now() + interval '55 minutes'`);
    expect(Number(later!.n)).toBe(4);

    const sent = stub.emails().filter((email) => email.subject === "Publish the RCMP audit");
    expect(sent).toHaveLength(6);
    const toMp = sent.filter((email) => email.to.some((to) => to.includes("priya.lachance@parl.example")));
    expect(toMp).toHaveLength(3);
    for (const email of sent) {
      const writer = writers.find((w) => email.reply_to?.includes(w.email));
      expect(writer, "Reply-To is the supporter").toBeTruthy();
      expect(email.from).toMatch(/^"?Writer Number\d via Private Faces Coalition"? <campaigns@privatefaces\.example>$/);
      expect(email.text).toContain("Ottawa Centre");
    }
    const personal = sent.find((email) => email.text?.includes("My own words"));
    if (personal) expect(personal.text).toMatch(/Dear (Priya Lachance|Office of the Privacy Commissioner of Canada),/);
    const [counts] = await db()
      .select({ personalised: sql<number>`count(*) filter (where ${letters.personalised})::int` })
      .from(letters)
      .where(eq(letters.campaignId, campaign.id));
    // Only the MP's letter: the supporter changed the elected members' text; the commissioner's is the organiser's.
    expect(counts!.personalised).toBe(1);
  }, 60_000);

  it("in digest mode, reach each recipient as one message once enough letters wait, and the rest keep waiting", async () => {
    // The workers of the test above are still running.
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await db().insert(letterActions).values({
      campaignId: campaign.id,
      subjectsEn: "Support a moratorium",
      subjectsFr: "Appuyez un moratoire",
      templateEn: "Dear {{representative}},\n\nPlease act.\n\n{{supporter_name}}",
      templateFr: "Bonjour {{representative}},\n\nAgissez.\n\n{{supporter_name}}",
      delivery: "digest",
      digestEvery: 3,
    });
    const writers = [];
    for (let i = 0; i < 4; i++) writers.push(await confirmedSigner(campaign.slug, `Digest Writer${i}`));
    for (const writer of writers.slice(0, 3)) await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: "35079", subject: "0" });
    const digest = await waitFor(async () => stub.emails().find((email) => email.subject === `3 letters from constituents: ${campaign.titleEn}`) ?? null, 20_000, "the digest");
    expect(digest.to.join()).toContain("priya.lachance@parl.example");
    for (const writer of writers.slice(0, 3)) expect(digest.text).toContain(writer.email);
    expect(digest.text).toContain("Dear Priya Lachance,");

    await sendLetters(visitor, campaign.slug, "en", writers[3]!.id, { riding: "35079", subject: "0" });
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const states = await db().select({ state: letters.state, message: letters.emailMessageId }).from(letters).where(eq(letters.campaignId, campaign.id));
    expect(states.filter((row) => row.state === "handed_over")).toHaveLength(3);
    expect(new Set(states.filter((row) => row.message).map((row) => row.message)).size).toBe(1);
    expect(states.filter((row) => row.state === "queued")).toHaveLength(1);
    expect(stub.emails().filter((email) => email.subject.includes(`from constituents: ${campaign.titleEn}`))).toHaveLength(1);
  }, 60_000);

  it("with office hours on, wait outside them for the recipient's next opening", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    await db().insert(letterActions).values({ campaignId: campaign.id, subjectsEn: "Act now", subjectsFr: "Agissez", templateEn: "Dear {{representative}}, act.", templateFr: "Bonjour {{representative}}, agissez.", officeHoursOnly: true });
    const writer = await confirmedSigner(campaign.slug, "Office Hours Writer");
    await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: "35079", subject: "0" });
    const zone = timeZoneOf("ON");
    if (isOfficeHours(new Date(), zone)) {
      // Within Ottawa's office hours as this test runs: the letter goes at once.
      await waitFor(async () => stub.emails().find((email) => email.reply_to?.includes(writer.email)) ?? null, 20_000, "the letter");
    } else {
      const opening = nextOfficeHours(new Date(), zone);
      await waitFor(
        async () => {
          const [job] = await db().execute<{ start_after: string }>(
            sql`select start_after::text from pgboss.job where name = 'letters.deliver' and state = 'created' and start_after > now() + interval '1 minute' and data->>'letterId' = (select id::text from letters where campaign_id = ${campaign.id})`,
          );
          return job ?? null;
        },
        20_000,
        "the letter to wait",
      );
      const [job] = await db().execute<{ start_after: string }>(
        sql`select start_after::text from pgboss.job where name = 'letters.deliver' and state = 'created' and start_after > now() + interval '1 minute' and data->>'letterId' = (select id::text from letters where campaign_id = ${campaign.id})`,
      );
      expect(Math.abs(Date.parse(job!.start_after) - opening.getTime())).toBeLessThan(6 * 60_000);
      expect(stub.emails().some((email) => email.reply_to?.includes(writer.email))).toBe(false);
    }
  }, 40_000);

  it("that bounce disable the recipient's address and alert administrators and organisers", async () => {
    const [sent] = await db()
      .select({ providerId: emailMessages.providerId })
      .from(letters)
      .innerJoin(emailMessages, eq(emailMessages.id, letters.emailMessageId))
      .where(and(eq(letters.toAddress, "priya.lachance@parl.example"), sql`${emailMessages.providerId} is not null`))
      .limit(1);
    const body = JSON.stringify({ type: "email.bounced", created_at: new Date().toISOString(), data: { email_id: sent!.providerId, to: ["priya.lachance@parl.example"] } });
    const id = `msg_${uniqueSuffix()}`;
    const timestamp = Math.floor(Date.now() / 1000);
    const response = await POST(
      new Request("https://act.privatefaces.example/api/webhooks/resend", {
        method: "POST",
        body,
        headers: { "svix-id": id, "svix-timestamp": String(timestamp), "svix-signature": signWebhook(process.env.RESEND_WEBHOOK_SECRET!, id, timestamp, body), "content-type": "application/json" },
      }),
    );
    expect(response.status).toBe(200);
    try {
      const [priya] = await db().select().from(representatives).where(eq(representatives.key, "mp:35079"));
      expect(priya!.emailDisabledAt).not.toBeNull();
      const alerts = await db().select({ to: emailMessages.toAddress }).from(emailMessages).where(eq(emailMessages.kind, "target-bounced"));
      expect(alerts.map((alert) => alert.to)).toContain(demoAdminEmail);
      // The composer no longer offers her: a campaign writing only to MPs has nobody to write to in her riding.
      const campaign = await createCampaign(db(), { lettersEnabled: true });
      await db().insert(letterActions).values({ campaignId: campaign.id, subjectsEn: "Act", subjectsFr: "Agissez", templateEn: "Dear {{representative}}", templateFr: "Bonjour {{representative}}" });
      const writer = await confirmedSigner(campaign.slug, "After Bounce");
      expect(await sendLetters(visitor, campaign.slug, "en", writer.id, { riding: "35079", subject: "0" })).toEqual({ ok: false, error: "noTargets" });
    } finally {
      // Later files (and the browser tests, which share this database) write to her again.
      await db().update(representatives).set({ emailDisabledAt: null }).where(eq(representatives.key, "mp:35079"));
      await db().delete(emailSuppressions).where(eq(emailSuppressions.address, "priya.lachance@parl.example"));
    }
  });

  it("as a data-access request, go to the organisation with a copy to the supporter, who is reminded once when the 30 days are up", async () => {
    const campaign = await createCampaign(db(), { lettersEnabled: true });
    const [company] = await db().select().from(fixedTargets).where(eq(fixedTargets.key, "facematch-inc"));
    await db()
      .insert(letterActions)
      .values({
        campaignId: campaign.id,
        kind: "data_access",
        toMp: false,
        fixedTargetIds: [company!.id],
        subjectsEn: "Request for access to my personal information",
        subjectsFr: "Demande d’accès à mes renseignements personnels",
        templateEn: "To the privacy officer,\n\nI ask for every image and biometric record you hold about me.\n\n{{supporter_name}}",
        templateFr: "À la personne responsable,\n\nJe demande toute image et donnée biométrique me concernant.\n\n{{supporter_name}}",
      });
    const writer = await confirmedSigner(campaign.slug, "Access Requester");
    expect(await sendLetters(visitor, campaign.slug, "en", writer.id, { subject: "0" })).toEqual({ ok: true, sent: [{ name: "FaceMatch, Inc. (privacy office)", queued: true }] });
    const request = await waitFor(async () => stub.emails().find((email) => email.to.some((to) => to.includes("privacy@facematch.example")) && email.reply_to?.includes(writer.email)) ?? null, 20_000, "the request");
    expect(request.text).toContain("I ask for every image and biometric record you hold about me.");
    const copy = await waitFor(async () => stub.emails().find((email) => email.subject === "Your request to FaceMatch, Inc. (privacy office): your copy" && email.to.some((to) => to.includes(writer.email))) ?? null, 20_000, "the copy");
    expect(copy.text).toContain("30 days to answer");
    const [letter] = await db().select().from(letters).where(eq(letters.campaignId, campaign.id));
    expect(Math.abs(letter!.answerDueAt!.getTime() - Date.now() - 30 * 86_400_000)).toBeLessThan(120_000);

    // Thirty days later (moved back in time here), the daily job reminds the supporter, once.
    await db()
      .update(letters)
      .set({ answerDueAt: new Date(Date.now() - 60_000) })
      .where(eq(letters.id, letter!.id));
    await runJob(remindAccessRequests, {}, { retryCount: 0, retryLimit: 0 });
    await runJob(remindAccessRequests, {}, { retryCount: 0, retryLimit: 0 });
    const reminders = await db()
      .select()
      .from(emailMessages)
      .where(and(eq(emailMessages.kind, "access-request-reminder"), eq(emailMessages.toAddress, writer.email)));
    expect(reminders).toHaveLength(1);
  }, 40_000);
});
