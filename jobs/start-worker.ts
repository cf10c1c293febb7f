import http from "node:http";
import { jobs } from "./registry";
import { createBoss } from "./queue";

export type RunningWorker = { queues: string[]; stop(): Promise<void> };

type Options = { connectionString: string; concurrency: number; healthPort?: number };

/** Starts pg-boss, creates or updates every registered queue and schedule, and begins work. */
export async function startWorker(options: Options): Promise<RunningWorker> {
  const boss = createBoss(options.connectionString, { max: options.concurrency + 2 });
  boss.on("error", (error) => console.error("queue error:", error));
  await boss.start();
  for (const job of jobs) {
    await boss.createQueue(job.name, { name: job.name, ...job.queue });
    // createQueue leaves an existing queue as it was; keep its policy in line with the code.
    await boss.updateQueue(job.name, { name: job.name, ...job.queue });
    if (job.schedule) await boss.schedule(job.name, job.schedule);
    // One poller per unit of concurrency: each takes one job at a time.
    for (let i = 0; i < options.concurrency; i++) {
      await boss.work(job.name, { batchSize: 1, pollingIntervalSeconds: 1 }, async ([first]) => {
        if (first) await job.handle(first.data as never, first as never);
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
    queues: jobs.map((job) => job.name),
    async stop() {
      healthy = false;
      await boss.stop({ graceful: true, timeout: 30_000, wait: true });
      await new Promise<void>((resolve) => (health ? health.close(() => resolve()) : resolve()));
    },
  };
}
