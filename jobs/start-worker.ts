import http from "node:http";
import { createWorkerBoss } from "./queue";
import { ensureQueues } from "./queues";
import { jobs } from "./registry";

export type RunningWorker = { queues: string[]; stop(): Promise<void> };

type Options = { connectionString: string; concurrency: number; maintenanceSeconds: number; healthPort?: number };

/**
 * Starts consuming every registered queue. pg-boss hands each job to exactly one worker
 * (SELECT … FOR UPDATE SKIP LOCKED); a job held by a worker that died is failed by timeout in
 * maintenance and retried, so nothing is lost.
 */
export async function startWorker(options: Options): Promise<RunningWorker> {
  const boss = createWorkerBoss(options.connectionString, { max: options.concurrency + 3, maintenanceSeconds: options.maintenanceSeconds });
  boss.on("error", (error: Error) => console.error("queue error:", error.message));
  await boss.start();
  await ensureQueues(boss, { updatePolicies: false });
  for (const job of jobs) {
    // One poller per unit of concurrency, each taking one job at a time.
    for (let i = 0; i < options.concurrency; i++) {
      await boss.work(job.queue, { batchSize: 1, pollingIntervalSeconds: 1, includeMetadata: true }, async ([first]) => {
        if (first) await job.handle(first.data as never, { retryCount: first.retryCount, retryLimit: first.retryLimit });
      });
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
