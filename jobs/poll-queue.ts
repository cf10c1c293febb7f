import type PgBoss from "pg-boss";
import { log as logger } from "@/lib/log/logger.mjs";
import { isDatabaseUnavailable } from "@/lib/outage/database-unavailable";
import { runJob, type AnyJob } from "./define-job";

/*
 * Our own poll loop instead of pg-boss's `work()`: pg-boss 10 completes (or fails) a job without
 * awaiting it, so a database that goes away while a job runs turned that completion into an
 * unhandled rejection that killed the worker. Here every completion is awaited and, while the
 * database is away, retried until it is written: a job that has done its work is recorded as done
 * once the database is back, and is not run a second time.
 */

const IDLE_MS = 500;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 5_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export type Poller = { stop(): void; done: Promise<void> };
export type OutageLog = { down(error: unknown): void; up(): void };

/** Reports a lost database once, and its return once, instead of once per poll. */
export function outageLog(name: string): OutageLog {
  let down = false;
  return {
    down(error) {
      if (down) return;
      down = true;
      logger.error({ component: name, err: error }, `${name}: database unavailable; retrying until it is back`);
    },
    up() {
      if (!down) return;
      down = false;
      logger.info({ component: name }, `${name}: database back, processing again`);
    },
  };
}

/** Runs `write` until it succeeds, backing off while the database is unavailable (or stopping). */
async function persist(write: () => Promise<unknown>, log: OutageLog): Promise<void> {
  for (let wait = RETRY_MIN_MS; ; wait = Math.min(wait * 2, RETRY_MAX_MS)) {
    try {
      await write();
      log.up();
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      log.down(error);
      await sleep(wait);
    }
  }
}

/** A job's handler, failed after the queue's expiry (as pg-boss's own worker does). */
async function runHandler(job: AnyJob, item: PgBoss.JobWithMetadata<object>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expiry = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`handler did not finish within ${item.expireInSeconds} s`)), item.expireInSeconds * 1000);
  });
  try {
    await Promise.race([runJob(job, item.data, { retryCount: item.retryCount, retryLimit: item.retryLimit }), expiry]);
  } finally {
    clearTimeout(timer);
  }
}

/** One poller: fetch one job, run it, record the outcome; idle or back off when there is none. */
export function pollQueue(boss: PgBoss, job: AnyJob, log: OutageLog): Poller {
  let stopping = false;
  const loop = async () => {
    let wait = RETRY_MIN_MS;
    while (!stopping) {
      let batch: PgBoss.JobWithMetadata<object>[] = [];
      try {
        batch = (await boss.fetch(job.queue, { batchSize: 1, includeMetadata: true })) ?? [];
        log.up();
        wait = RETRY_MIN_MS;
      } catch (error) {
        log.down(error);
        await sleep(wait);
        wait = Math.min(wait * 2, RETRY_MAX_MS);
        continue;
      }
      if (batch.length === 0) {
        await sleep(IDLE_MS);
        continue;
      }
      for (const item of batch) {
        let failure: Error | undefined;
        try {
          await runHandler(job, item);
        } catch (error) {
          failure = error as Error;
        }
        try {
          await persist(() => (failure ? boss.fail(job.queue, item.id, { message: failure.message }) : boss.complete(job.queue, item.id)), log);
        } catch (error) {
          logger.error({ queue: job.queue, jobId: item.id, err: error }, "could not record the outcome of a job");
        }
      }
    }
  };
  return { stop: () => void (stopping = true), done: loop() };
}
