import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { payloads } from "@/db/queue/queues";
import { runInTransaction } from "@/db/transaction";
import { emailMessages, signatures } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { confirmationKey } from "@/server/signatures/queue-confirmation";
import { signPetition } from "@/server/signatures/sign-petition";
import { createCampaign, uniqueSuffix } from "../support/factories";
import { person, visitor } from "./support/signing";

type JobRow = Record<string, unknown> & { id: string; data: unknown };

// Every column but the ones that differ by nature (id, data, timestamps); retention is compared as
// the interval from the job's start, which is what a policy sets.
const policyColumns = (row: JobRow) => {
  const { id: _id, data: _data, created_on: _created, start_after: _start, keep_until: _keep, ...rest } = row;
  return rest;
};
const jobRow = async (where: ReturnType<typeof sql>) => (await db().execute<JobRow>(sql`select *, (keep_until - start_after)::text as retention from pgboss.job where ${where}`))[0];

const made: string[] = [];
afterAll(async () => {
  // Nobody's email: a later file's workers must not try to send them.
  for (const id of made) await db().execute(sql`delete from pgboss.job where id = ${id}`);
});

beforeAll(async () => {
  await seedDemo(db());
});

describe("the signing statement's job row", () => {
  it("is the row pg-boss's own send writes for the same queue, with a payload the worker parses", async () => {
    const campaign = await createCampaign(db());
    const email = `job-row-${uniqueSuffix()}@example.org`;
    expect(await signPetition(visitor, campaign.slug, person(email), { source: "/en/campaigns/test" })).toEqual({ ok: true });
    const [signature] = await db()
      .select({ id: signatures.id })
      .from(signatures)
      .where(and(eq(signatures.campaignId, campaign.id), eq(signatures.email, email)));
    // The first email is keyed as queueConfirmation keys every later one.
    const [message] = await db()
      .select({ id: emailMessages.id })
      .from(emailMessages)
      .where(eq(emailMessages.idempotencyKey, confirmationKey(signature!.id, 1)));
    expect(message).toBeDefined();
    const written = (await jobRow(sql`name = 'mail.send' and data->>'messageId' = ${message!.id}`))!;
    made.push(written.id);

    const sentId = await runInTransaction((unit) => unit.enqueue("mail.send", { messageId: randomUUID() }));
    const sent = (await jobRow(sql`id = ${sentId}`))!;
    made.push(sent.id);

    expect(policyColumns(written)).toEqual(policyColumns(sent));
    // The queue's own policy, not a copy of pg-boss's defaults.
    expect(written).toMatchObject({ name: "mail.send", state: "created", retry_limit: 10, retry_backoff: true, retry_count: 0, priority: 0 });
    expect(payloads["mail.send"].parse(written.data)).toEqual({ messageId: message!.id });
  });
});
