import http from "node:http";
import type PgBoss from "pg-boss";
import type { JobDefinition } from "./define-job";
import { createWorkerBoss } from "./queue";
import { ensureQueues } from "./queues";
import { jobs } from "./registry";

export type RunningWorker = { queues: string[]; stop(): Promise<void> };

type Options = { connectionString: string; concurrency: number; maintenanceSeconds: number; healthPort?: number };

/*
 * pg-boss waits out its polling interval after a loop that took less than that, even when it
 * found work, and a poller fetches again only once its whole batch is done. So each poller here
 * takes one job at a time, and a busy queue has several pollers: a poller whose job took longer
 * than the interval (a mail job waiting for its rate-limit slot) fetches the next one at once.
 */
const pollersFor = (job: JobDefinition<never>, concurrency: number) => (job.load === "busy" ? concurrency * 2 : 1);

/** Runs a fetched batch concurrently; a job that throws is failed (and retried) on its own. */
function runBatch(boss: PgBoss, job: JobDefinition<never>) {
  return async (batch: PgBoss.JobWithMetadata<object>[]) => {
    await Promise.all(
      batch.map(async (item) => {
        try {
          await job.handle(item.data as never, { retryCount: item.retryCount, retryLimit: item.retryLimit });
        } catch (error) {
          await boss.fail(job.queue, item.id, { message: (error as Error).message });
        }
      }),
    );
  };
}

/**
 * Starts consuming every registered queue. pg-boss hands each job to exactly one worker
 * (SELECT … FOR UPDATE SKIP LOCKED); a job held by a worker that died is failed by timeout in
 * maintenance and retried, so nothing is lost.
 */
export async function startWorker(options: Options): Promise<RunningWorker> {
  const boss = createWorkerBoss(options.connectionString, {
    max: options.concurrency * 4 + 4,
    maintenanceSeconds: options.maintenanceSeconds,
  });
  boss.on("error", (error: Error) => console.error("queue error:", error.message));
  await boss.start();
  await ensureQueues(boss, { updatePolicies: false });
  for (const job of jobs) {
    for (let i = 0; i < pollersFor(job, options.concurrency); i++) {
      await boss.work(job.queue, { batchSize: 1, pollingIntervalSeconds: 0.5, includeMetadata: true }, runBatch(boss, job));
    }
  }

  let healthy = true;
  const health = options.healthPort
    ? http
        .createServer((_req, res) => {
          res.writeHead(healthy ? 200 : 503, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: healthy, worker: healthy ? "up" : "stopping" }));
        })
        .listen(options.healthPort, "127.0.0.1")
    : undefined;

  return {
    queues: jobs.map((job) => job.queue),
    async stop() {
      healthy = false;
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
    },
  };
}
