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
  const registers = [registry];
  const depth = new Gauge({ name: DEPTH, help: "Jobs waiting in each queue (created or due for retry).", labelNames: ["queue"], registers, collect: () => filled() });
  const age = new Gauge({ name: AGE, help: "Age in seconds of the oldest job waiting in each queue.", labelNames: ["queue"], registers, collect: () => filled() });

  // prom-client collects every metric at once: both gauges await the one query of this scrape.
  let pending: Promise<void> | undefined;
  const filled = () => (pending ??= fill().finally(() => (pending = undefined)));
  async function fill() {
    depth.reset();
    age.reset();
    try {
      const byQueue = new Map((await queueBacklog()).map((row) => [row.queue, row]));
      for (const queue of queues) {
        depth.set({ queue }, byQueue.get(queue)?.waiting ?? 0);
        age.set({ queue }, byQueue.get(queue)?.oldestSeconds ?? 0);
      }
    } catch (error) {
      log.warn({ err: error }, "queue backlog unavailable for metrics");
    }
  }
}
