import type PgBoss from "pg-boss";

/** A job type: its queue policy (retries, expiry), an optional cron schedule, and its handler. */
export type JobDefinition<Data extends object = object> = {
  name: string;
  queue: Omit<PgBoss.Queue, "name">;
  /** Cron expression (UTC) when the job runs on a schedule rather than on demand. */
  schedule?: string;
  handle(data: Data, job: PgBoss.Job<Data>): Promise<void>;
};

export function defineJob<Data extends object>(definition: JobDefinition<Data>): JobDefinition<Data> {
  return definition;
}
