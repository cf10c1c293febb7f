import http from "node:http";
import type PgBoss from "pg-boss";
import type { JobDefinition } from "./define-job";
import { createWorkerBoss } from "./queue";
import { ensureQueues } from "./queues";
import { jobs } from "./registry";

export type RunningWorker = { queues: string[]; stop(): Promise<void> };

type Options = { connectionString: string; concurrency: number; maintenanceSeconds: number; healthPort?: number };

// pg-boss waits a full polling interval between fetches even when it found work, so throughput
// comes from fetching several jobs at a time; two pollers per queue keep one fetching while the
// other's jobs are in flight.
const POLLERS_PER_QUEUE = 2;

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
    max: POLLERS_PER_QUEUE * jobs.length + options.concurrency + 2,
    maintenanceSeconds: options.maintenanceSeconds,
  });
  boss.on("error", (error: Error) => console.error("queue error:", error.message));
  await boss.start();
  await ensureQueues(boss, { updatePolicies: false });
  for (const job of jobs) {
    for (let i = 0; i < POLLERS_PER_QUEUE; i++) {
      await boss.work(job.queue, { batchSize: options.concurrency, pollingIntervalSeconds: 0.5, includeMetadata: true }, runBatch(boss, job));
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
