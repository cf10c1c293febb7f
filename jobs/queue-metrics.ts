import { Gauge } from "prom-client";
import { log } from "@/lib/log/logger.mjs";
import { metrics } from "@/lib/metrics/registry.mjs";
import { queueBacklog } from "@/server/health/queue-backlog";

const DEPTH = "chorus_queue_depth";
const AGE = "chorus_queue_oldest_waiting_seconds";

/**
 * The worker's queue gauges, read from pgboss.job when /metrics is scraped (not on a timer): every
 * registered queue appears, at 0 when nothing waits. Registered again on a second start in one
 * process (tests), replacing the first.
 */
export function registerQueueMetrics(queues: string[]): void {
  const { registry } = metrics();
  for (const name of [DEPTH, AGE]) registry.removeSingleMetric(name);
  const age = new Gauge({ name: AGE, help: "Age in seconds of the oldest job waiting in each queue.", labelNames: ["queue"], registers: [registry] });
  new Gauge({
    name: DEPTH,
    help: "Jobs waiting in each queue (created or due for retry).",
    labelNames: ["queue"],
    registers: [registry],
    // One query fills both gauges; the age gauge is listed after this one, so it is filled in time.
    async collect() {
      this.reset();
      age.reset();
      let backlog: Awaited<ReturnType<typeof queueBacklog>> = [];
      try {
        backlog = await queueBacklog();
      } catch (error) {
        log.warn({ err: error }, "queue backlog unavailable for metrics");
        return;
      }
      const byQueue = new Map(backlog.map((row) => [row.queue, row]));
      for (const queue of queues) {
        this.set({ queue }, byQueue.get(queue)?.waiting ?? 0);
        age.set({ queue }, byQueue.get(queue)?.oldestSeconds ?? 0);
      }
    },
  });
}
