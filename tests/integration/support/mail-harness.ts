import { afterAll, beforeAll } from "vitest";
import { db } from "@/db/client";
import { seedDemo } from "@/db/seed/seed-demo";
import { startWorker, type RunningWorker } from "@/jobs/start-worker";
import { startResendStub, type ResendStub } from "../../support/resend-stub/server";
import { configureMail, speedUpMailQueues } from "./mail-env";

/**
 * A test file's mail set-up: the Resend stub as the provider, quick mail queues, the demo seeded
 * and one real worker sending, all stopped after the file. Call at the top level of the file; the
 * stub is read through `stub()` once the file's tests run.
 */
export function mailWorkerHarness(concurrency: number): { stub: () => ResendStub } {
  let stub: ResendStub | undefined;
  let worker: RunningWorker | undefined;
  let restoreQueues: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    stub = await startResendStub();
    configureMail(stub.url);
    restoreQueues = await speedUpMailQueues(db());
    await seedDemo(db());
    worker = await startWorker({ connectionString: process.env.DATABASE_URL!, concurrency, maintenanceSeconds: 1 });
  });
  afterAll(async () => {
    await worker?.stop();
    await restoreQueues?.();
    await stub?.close();
  });
  return { stub: () => stub! };
}
