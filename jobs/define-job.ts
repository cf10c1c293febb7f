import { payloads, type Payload, type QueueName } from "@/db/queue/queues";
import { systemContext, type Context } from "@/server/context";

/** How many times this job has been tried before, and how many retries its queue allows. */
export type Attempt = { retryCount: number; retryLimit: number };
/** What a handler is given beside its payload: its attempt, and the system context to call verbs with. */
export type JobRun = Attempt & { context: Context };

/**
 * A job type: the queue it consumes and a handler of a few lines that calls a verb. The payload is
 * parsed against the queue's schema (db/queue/queues.ts) before the handler runs, and the handler
 * gets (in `run`) a system context naming its queue. Throwing asks the queue to retry later.
 */
export type JobDefinition<Queue extends QueueName = QueueName> = {
  queue: Queue;
  /**
   * "busy" queues (mail) get WORKER_CONCURRENCY × 2 pollers per worker, each running one job at a
   * time; the rest get one. Mail jobs mostly wait for their turn under the rate limit, and enough
   * of them waiting keeps every slot of the limit in use.
   */
  load?: "busy" | "light";
  handle(data: Payload<Queue>, run: JobRun): Promise<void>;
};

export function defineJob<Queue extends QueueName>(definition: JobDefinition<Queue>): JobDefinition<Queue> {
  return definition;
}

/** Runs one job's handler as the worker does: its payload checked, as the system acting for its queue. */
export function runJob(job: AnyJob, data: unknown, attempt: Attempt): Promise<void> {
  // Each job's handler matches its own queue's schema; TypeScript cannot follow that through the union.
  const handle = job.handle as (data: object, run: JobRun) => Promise<void>;
  return handle(payloads[job.queue].parse(data), { ...attempt, context: systemContext(job.queue) });
}

/** A job of any queue, as the worker's registry holds them. */
export type AnyJob = { [Queue in QueueName]: JobDefinition<Queue> }[QueueName];
