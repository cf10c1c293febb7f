import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { emailMessages } from "@/db/schema";
import { runInTransaction as transaction } from "@/db/transaction";
import { queueBroadcast } from "@/server/mail/queue-broadcast";
import { uniqueSuffix } from "../support/factories";
import { startResendStub, type ResendStub } from "../support/resend-stub/server";
import { startTcpProxy, type TcpProxy } from "../support/tcp-proxy";
import { configureMail, speedUpMailQueues, waitFor } from "./support/mail-env";
import { createSubscribers, updateContent } from "./support/people";
import { spawnWorker, type WorkerProcess } from "./support/worker-process";

let stub: ResendStub;
let proxy: TcpProxy;
let worker: WorkerProcess | undefined;
let restoreQueues: () => Promise<void>;

beforeAll(async () => {
  stub = await startResendStub();
  configureMail(stub.url);
  restoreQueues = await speedUpMailQueues(db(), 30);
  const target = new URL(process.env.DATABASE_URL!);
  proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
});

afterAll(async () => {
  await worker?.stop();
  await restoreQueues?.();
  await proxy?.close();
  await stub?.close();
});

describe("the worker, when the database goes away mid-job", () => {
  it("stays up, resumes once it is back, and sends every message exactly once", async () => {
    worker = await spawnWorker({
      DATABASE_URL: proxy.url(process.env.DATABASE_URL!),
      RESEND_API_KEY: "re_integration_test",
      RESEND_BASE_URL: stub.url,
      MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
      MAIL_RATE_PER_SECOND: "20",
      MAIL_TIMEOUT_MS: "10000",
      QUEUE_MAINTENANCE_SECONDS: "1",
      WORKER_CONCURRENCY: "2",
      APP_URL: "https://act.privatefaces.example",
    });
    const pid = worker.child.pid;
    const recipients = await createSubscribers(db(), 50);
    // The batch is accepted at once but answered 2 s later: the database is gone by then, so the
    // job cannot record its messages as sent, nor its own completion.
    stub.inject({ delayMs: 2_000, path: "/emails/batch" });
    const { broadcastId } = await transaction((tx) => queueBroadcast(tx, { idempotencyPrefix: `update/${uniqueSuffix()}`, content: updateContent, recipients }));
    await waitFor(async () => stub.requests().some((request) => request.path === "/emails/batch"), 20_000, "the batch at the stub");
    proxy.cut();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    expect(worker.child.exitCode, worker.output()).toBeNull();
    proxy.restore();

    await waitFor(
      async () => {
        const rows = await db().select({ status: emailMessages.status }).from(emailMessages).where(eq(emailMessages.broadcastId, broadcastId));
        return rows.length === 50 && rows.every((row) => row.status === "sent");
      },
      30_000,
      "all 50 sent after the database returned",
    );
    expect(worker.child.exitCode, worker.output()).toBeNull();
    expect(worker.child.pid).toBe(pid);
    const addresses = new Set(recipients.map((recipient) => recipient.email));
    const delivered = stub
      .emails()
      .flatMap((email) => email.to.map((to) => /<([^>]+)>/.exec(to)?.[1] ?? to))
      .filter((to) => addresses.has(to));
    expect(delivered.sort()).toEqual([...addresses].sort());
    expect(worker.output()).toContain("database unavailable");
    expect(worker.output()).toContain("database back");
  }, 90_000);
});
