import http from "node:http";
import type { AnyJob } from "./define-job";
import { outageLog, pollQueue, type Poller } from "./poll-queue";
import { createWorkerBoss } from "@/db/queue/boss";
import { ensureQueues } from "@/db/queue/queues";
import { jobs } from "./registry";
import { isDatabaseUnavailable } from "@/lib/outage/database-unavailable";
import { log as logger } from "@/lib/log/logger.mjs";
import { answerMetrics } from "@/lib/metrics/serve.mjs";
import { registerQueueMetrics } from "./queue-metrics";

export type RunningWorker = { queues: string[]; stop(): Promise<void> };

type Options = { connectionString: string; concurrency: number; maintenanceSeconds: number; healthPort?: number; healthHost?: string; metricsToken?: string };

/*
 * Each poller (jobs/poll-queue.ts) takes one job at a time and fetches the next as soon as it is
 * done, so a busy queue has several: mail jobs mostly wait for their rate-limit slot, and enough
 * of them waiting keeps every slot in use.
 */
const pollersFor = (job: AnyJob, concurrency: number) => (job.load === "busy" ? concurrency * 2 : 1);

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
  const log = outageLog("worker");
  // pg-boss's own maintenance and cron report a lost database here, every few seconds: once is enough.
  boss.on("error", (error: Error) => (isDatabaseUnavailable(error) ? log.down(error) : logger.error({ err: error }, "queue error")));
  await boss.start();
  await ensureQueues(boss, { updatePolicies: false });
  const pollers: Poller[] = [];
  for (const job of jobs) {
    for (let i = 0; i < pollersFor(job, options.concurrency); i++) pollers.push(pollQueue(boss, job, log));
  }

  registerQueueMetrics(jobs.map((job) => job.queue));

  // Health (any other path) answers 503 from the moment stop() begins, while jobs in flight finish.
  let healthy = true;
  const health = options.healthPort
    ? http
        .createServer(async (req, res) => {
          if (await answerMetrics(req, res, options.metricsToken)) return;
          res.writeHead(healthy ? 200 : 503, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify({ ok: healthy, worker: healthy ? "up" : "draining" }));
        })
        .listen(options.healthPort, options.healthHost ?? "127.0.0.1")
    : undefined;

  return {
    queues: jobs.map((job) => job.queue),
    async stop() {
      healthy = false;
      for (const poller of pollers) poller.stop();
      // In-flight jobs finish (within 30 s; one cut short is retried after its expiry).
      await Promise.race([Promise.all(pollers.map((poller) => poller.done)), new Promise((resolve) => setTimeout(resolve, 30_000))]);
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
    },
  };
}
