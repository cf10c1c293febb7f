import type { JobDefinition } from "./define-job";
import { purgeExpiredAuth } from "./purge-expired-auth";

/** Every job type the worker runs. A job not listed here is never processed. */
export const jobs: JobDefinition<never>[] = [purgeExpiredAuth as JobDefinition<never>];
