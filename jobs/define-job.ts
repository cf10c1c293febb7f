import type { QueueName } from "./queues";

/** How many times this job has been tried before, and how many retries its queue allows. */
export type Attempt = { retryCount: number; retryLimit: number };

/** A job type: the queue it consumes and its handler. Throwing asks the queue to retry later. */
export type JobDefinition<Data extends object = object> = {
  queue: QueueName;
  /**
   * "busy" queues (mail) get WORKER_CONCURRENCY × 2 pollers per worker, each running one job at a
   * time; the rest get one. Mail jobs mostly wait for their turn under the rate limit, and enough
   * of them waiting keeps every slot of the limit in use.
   */
  load?: "busy" | "light";
  handle(data: Data, attempt: Attempt): Promise<void>;
};

export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}
