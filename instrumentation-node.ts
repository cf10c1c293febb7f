import { closeDb } from "@/db/client";
import { onShutdown } from "@/lib/http/draining.mjs";
import { env, EnvError } from "@/lib/env";
import { log } from "@/lib/log/logger.mjs";
import { exitWhenSupervisorDies } from "@/lib/supervisor-watch";

// A misconfigured deploy stops here with every problem listed, instead of failing later on the
// first request that needs the missing value.
try {
  exitWhenSupervisorDies(env().CHORUS_SUPERVISOR_PID, () => process.exit(0));
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  log.fatal(error.message);
  process.exit(1);
}
// The pool lives in this bundle; the web server closes it once its requests have finished.
onShutdown(closeDb);
