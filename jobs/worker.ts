/**
 * The background worker (npm run worker): consumes the queue until SIGTERM/SIGINT, then lets
 * in-flight jobs finish (up to 30 s) before leaving. Several workers may share one database:
 * pg-boss hands each job to one of them (SELECT … FOR UPDATE SKIP LOCKED).
 */
import { closeDb } from "@/db/client";
import { env, EnvError } from "@/lib/env";
import { exitWhenSupervisorDies } from "@/lib/supervisor-watch";
import { loadDotEnv } from "@/lib/load-dotenv";
import { log } from "@/lib/log/logger.mjs";
import { startWorker } from "./start-worker";

loadDotEnv();
try {
  env();
} catch (error) {
  if (error instanceof EnvError) log.fatal(error.message);
  else log.fatal({ err: error }, "cannot start");
  process.exit(1);
}

const worker = await startWorker({
  connectionString: env().DATABASE_URL,
  concurrency: env().WORKER_CONCURRENCY,
  maintenanceSeconds: env().QUEUE_MAINTENANCE_SECONDS,
  healthPort: env().WORKER_HEALTH_PORT,
  healthHost: env().WORKER_HEALTH_HOST,
  metricsToken: env().METRICS_TOKEN,
});
log.info({ queues: worker.queues, concurrency: env().WORKER_CONCURRENCY }, "worker ready");

let stopping = false;
const shutdown = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, "draining: finishing jobs in flight, taking no new ones");
  await worker.stop();
  await closeDb();
  log.info("stopped");
  process.exit(0);
};
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
exitWhenSupervisorDies(env().CHORUS_SUPERVISOR_PID, () => void shutdown("supervisor gone"));
