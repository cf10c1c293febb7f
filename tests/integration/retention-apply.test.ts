import { randomBytes } from "node:crypto";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { applyRetentionJob } from "@/jobs/apply-retention";
import { runJob } from "@/jobs/define-job";
import { jobs } from "@/jobs/registry";
import { emailMessages, webhookEvents, writerLinks } from "@/db/schema";
import { Refused } from "@/lib/refused";
import { publicContext, systemContext } from "@/server/context";
import { applyRetention } from "@/server/retention/apply-retention";
import { retentionKinds } from "@/server/retention/kinds";
import { createCampaign, createSupporter } from "../support/factories";
import { clearRetentionRows, createEmail, createWebhookEvent, daysAgo, monthsAgo, NOW, POLICY } from "./support/retention";
import { log } from "@/lib/log/logger.mjs";

const system = systemContext("retention-test");
const run = (dryRun: boolean) => applyRetention(system, { dryRun, now: NOW, policy: POLICY });

/** Every row of the tables retention touches, as one fingerprint: equal fingerprints, nothing changed. */
async function fingerprint(): Promise<string> {
  const tables = ["email_messages", "email_broadcasts", "webhook_events", "writer_links", "my_data_links", "signatures", "supporters", "letters", "consent_records", "sessions", "verification_tokens", "rate_limit_hits"];
  const parts = await Promise.all(tables.map((table) => db().execute<{ digest: string | null }>(sql`select md5(string_agg(t::text, '|' order by t::text)) as digest from ${sql.identifier(table)} t`)));
  return parts.map((rows) => rows[0]?.digest ?? "").join(",");
}

let campaignId = "";
let supporterId = "";

beforeAll(async () => {
  await clearRetentionRows(db());
  campaignId = (await createCampaign(db(), { lettersEnabled: true })).id;
  supporterId = (await createSupporter(db())).id;
});

/** One row due for each of the non-person kinds, at NOW. */
async function dueRows() {
  const email = await createEmail(db(), { createdAt: daysAgo(30, "past") });
  // Due for both: the real run deletes it before erasing bodies, so it counts once, as a deleted record.
  const ancient = await createEmail(db(), { createdAt: monthsAgo(12, "past") });
  const event = await createWebhookEvent(db(), daysAgo(30, "past"));
  const tokenHash = randomBytes(32).toString("hex");
  await db()
    .insert(writerLinks)
    .values({ tokenHash, supporterId, campaignId, expiresAt: daysAgo(0, "past") });
  return { email, ancient, event, tokenHash };
}

afterAll(() => clearRetentionRows(db()));

describe("applyRetention", () => {
  it("in a dry run reports what is due and changes nothing; the real run then does exactly that", async () => {
    const { email, ancient, event, tokenHash } = await dueRows();
    const before = await fingerprint();

    const dry = await run(true);
    expect(await fingerprint()).toBe(before);
    const counted = (report: typeof dry, kind: string) => report.find((outcome) => outcome.kind === kind)?.counts;
    expect(counted(dry, "delivery-records")).toEqual({ email_messages: 1, email_broadcasts: 0 });
    expect(counted(dry, "email-bodies")).toEqual({ email_messages: 1 });
    expect(counted(dry, "webhook-payloads")).toEqual({ webhook_events: 1 });
    expect(counted(dry, "expired-links")).toMatchObject({ writer_links: 1 });
    expect(dry.every((outcome) => !outcome.error)).toBe(true);

    const real = await run(false);
    expect(real).toEqual(dry);
    expect(await fingerprint()).not.toBe(before);
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, email.id)))[0]?.html).toBeNull();
    expect(await db().select().from(emailMessages).where(eq(emailMessages.id, ancient.id))).toHaveLength(0);
    expect((await db().select().from(webhookEvents).where(eq(webhookEvents.id, event.id)))[0]?.payload).toEqual({});
    expect(await db().select().from(writerLinks).where(eq(writerLinks.tokenHash, tokenHash))).toHaveLength(0);

    const again = await run(false);
    expect(again.flatMap((outcome) => Object.values(outcome.counts)).every((count) => count === 0)).toBe(true);
  });

  it("reports a failing kind, undoes only that kind, and still applies the others", async () => {
    const { email, event } = await dueRows();
    const broken = {
      name: "broken-kind",
      async run(tx: Parameters<(typeof retentionKinds)[number]["run"]>[0]) {
        await tx.db.update(webhookEvents).set({ type: "tampered" }).where(eq(webhookEvents.id, event.id));
        throw new Error("disk full");
      },
    };
    retentionKinds.unshift(broken);
    try {
      const dry = await run(true);
      const report = await run(false);
      expect(report).toEqual(dry);
      expect(report[0]).toEqual({ kind: "broken-kind", counts: {}, error: "disk full" });
      expect(report.find((outcome) => outcome.kind === "webhook-payloads")?.counts).toEqual({ webhook_events: 1 });
    } finally {
      retentionKinds.splice(retentionKinds.indexOf(broken), 1);
    }
    const [row] = await db().select().from(webhookEvents).where(eq(webhookEvents.id, event.id));
    expect(row).toMatchObject({ type: "email.bounced", payload: {} });
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, email.id)))[0]?.props).toBeNull();
  });

  it("is run by Chorus itself only, never on a visitor's or organiser's behalf", async () => {
    await expect(applyRetention(publicContext, { dryRun: true })).rejects.toBeInstanceOf(Refused);
  });
});

describe("the daily retention job", () => {
  it("is scheduled every night, runs the policy as of now and logs the table", async () => {
    expect(jobs).toContain(applyRetentionJob);
    const [schedule] = await db().execute<{ cron: string }>(sql`select cron from pgboss.schedule where name = 'retention.apply'`);
    expect(schedule?.cron).toBe("23 3 * * *");

    const email = await createEmail(db(), { createdAt: new Date(Date.now() - 31 * 24 * 3600_000) });
    // The worker's log lines go through its logger (JSON on stdout), not console.
    const info = vi.spyOn(log, "info").mockImplementation(() => undefined);
    try {
      await runJob(applyRetentionJob, {}, { retryCount: 0, retryLimit: 2 });
      expect(info.mock.calls.flat().join("\n")).toMatch(/^email-bodies\s+email_messages\s+[1-9]\d*$/m);
    } finally {
      info.mockRestore();
    }
    expect((await db().select().from(emailMessages).where(eq(emailMessages.id, email.id)))[0]?.textBody).toBeNull();
  });
});
