import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { seedDemo } from "@/db/seed/seed-demo";
import { runInTransaction } from "@/db/transaction";
import { queueBroadcast, type BroadcastRecipient } from "@/server/mail/queue-broadcast";
import { uniqueSuffix } from "../support/factories";
import { startResendStub, type ResendStub } from "../support/resend-stub/server";
import { configureMail, speedUpMailQueues, waitFor } from "./support/mail-env";
import { createSubscribers, updateContent } from "./support/people";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

let stub: ResendStub;
let restoreQueues: () => Promise<void>;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  stub = await startResendStub();
  configureMail(stub.url);
  // Crash recovery within seconds: a job held by a dead worker expires after 4 s.
  restoreQueues = await speedUpMailQueues(db(), 4);
  await seedDemo(db());
});

afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await restoreQueues?.();
  await stub?.close();
});

const workerEnv = (rate: number) => ({
  RESEND_API_KEY: "re_integration_test",
  RESEND_BASE_URL: stub.url,
  MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
  MAIL_RATE_PER_SECOND: String(rate),
  MAIL_TIMEOUT_MS: "10000",
  QUEUE_MAINTENANCE_SECONDS: "1",
  WORKER_CONCURRENCY: "4",
  APP_URL: "https://act.privatefaces.example",
});

async function broadcastTo(recipients: BroadcastRecipient[]): Promise<string> {
  const { broadcastId } = await runInTransaction((tx) => queueBroadcast(tx, { idempotencyPrefix: `update/${uniqueSuffix()}`, content: updateContent, recipients }));
  return broadcastId;
}

async function allSent(broadcastId: string, count: number): Promise<boolean> {
  const rows = await db().select({ status: emailMessages.status }).from(emailMessages).where(eq(emailMessages.broadcastId, broadcastId));
  return rows.length === count && rows.every((row) => row.status === "sent");
}

/** How many times the stub delivered to each of these recipients. */
function deliveriesPerRecipient(recipients: BroadcastRecipient[]): number[] {
  const counts = new Map(recipients.map((recipient) => [recipient.email, 0]));
  for (const email of stub.emails())
    for (const to of email.to) {
      const address = /<([^>]+)>/.exec(to)?.[1] ?? to;
      if (counts.has(address)) counts.set(address, counts.get(address)! + 1);
    }
  return [...counts.values()];
}

describe("workers", () => {
  it("lose nothing and duplicate nothing when one is killed with SIGKILL mid-send", async () => {
    const recipients = await createSubscribers(db(), 1_000);
    // The third batch call is accepted, then its answer stalls: the worker dies waiting for it.
    stub.inject({ delayMs: 8_000, path: "/emails/batch", after: 2 });
    const first = await spawnWorker(workerEnv(20));
    workers.push(first);
    const broadcastId = await broadcastTo(recipients);
    await waitFor(async () => stub.emails().length >= 300, 30_000, "three batches at the stub");
    await first.kill();
    const sentBeforeRestart = (await db().select().from(emailMessages).where(eq(emailMessages.broadcastId, broadcastId))).filter((row) => row.status === "sent").length;
    expect(sentBeforeRestart).toBeLessThan(1_000);

    workers.push(await spawnWorker(workerEnv(20)));
    await waitFor(() => allSent(broadcastId, 1_000), 90_000, "all 1,000 sent after the restart");
    expect(deliveriesPerRecipient(recipients).every((n) => n === 1)).toBe(true);
    // The stalled batch was sent again with its key, and the stub replayed instead of mailing.
    const batchKeys = stub
      .requests()
      .filter((request) => request.path === "/emails/batch")
      .map((request) => request.idempotencyKey);
    expect(batchKeys.length).toBeGreaterThan(new Set(batchKeys).size);
  }, 150_000);

  it("finish the send in flight before leaving on SIGTERM", async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    const recipients = await createSubscribers(db(), 100);
    const worker = await spawnWorker(workerEnv(20));
    stub.inject({ delayMs: 3_000, path: "/emails/batch" });
    const broadcastId = await broadcastTo(recipients);
    await waitFor(async () => deliveriesPerRecipient(recipients).every((n) => n === 1), 20_000, "the batch at the stub");
    const stoppedAt = Date.now();
    expect(await worker.stop()).toBe(0);
    // It waited for the stalled answer instead of dropping the job.
    expect(Date.now() - stoppedAt).toBeGreaterThan(1_500);
    expect(await allSent(broadcastId, 100)).toBe(true);
    expect(deliveriesPerRecipient(recipients).every((n) => n === 1)).toBe(true);
  }, 60_000);

  it("share one rate limit and never send the same message twice when two run side by side", async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    stub.reset();
    // The first test's stalled call may still be answered after the reset: count only new calls.
    const since = Date.now();
    const recipients = await createSubscribers(db(), 2_000);
    const rate = 5;
    workers.push(await spawnWorker(workerEnv(rate)), await spawnWorker(workerEnv(rate)));
    const broadcastId = await broadcastTo(recipients);
    await waitFor(() => allSent(broadcastId, 2_000), 90_000, "all 2,000 sent");
    expect(deliveriesPerRecipient(recipients).every((n) => n === 1)).toBe(true);

    // Batch calls only: a worker may also send a one-off email meanwhile (a milestone passed by
    // another test's campaign), which takes a slot of the same limit but is not this broadcast.
    const arrivals = stub
      .requests()
      .filter((request) => request.path === "/emails/batch")
      .map((request) => request.receivedAt)
      .filter((at) => at >= since)
      .sort((a, b) => a - b);
    expect(arrivals).toHaveLength(20);
    // 20 calls at 5/s need at least 3.8 s, whichever worker made them. Measured from the second call:
    // the first worker's first call also opens its connection, so it can reach the stub late and
    // shorten the span without any call going early (two workers each at 5/s would take under 2 s).
    expect(arrivals.at(-1)! - arrivals[1]!).toBeGreaterThanOrEqual(3_600 - 250);
    const busiestSecond = Math.max(...arrivals.map((start) => arrivals.filter((t) => t >= start && t < start + 1_000).length));
    expect(busiestSecond).toBeLessThanOrEqual(rate + 1);
    // Both workers took part.
    expect(workers.every((worker) => worker.output().includes("ready"))).toBe(true);
  }, 150_000);
});
