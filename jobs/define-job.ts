import type { QueueName } from "./queues";

/** How many times this job has been tried before, and how many retries its queue allows. */
export type Attempt = { retryCount: number; retryLimit: number };

/** A job type: the queue it consumes and its handler. Throwing asks the queue to retry later. */
export type JobDefinition<Data extends object = object> = {
  queue: QueueName;
  handle(data: Data, attempt: Attempt): Promise<void>;
};

export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}
