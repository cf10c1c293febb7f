import { env, EnvError } from "@/lib/env";
import { exitWhenSupervisorDies } from "@/lib/supervisor-watch";

// A misconfigured deploy stops here with every problem listed, instead of failing later on the
// first request that needs the missing value.
try {
  exitWhenSupervisorDies(env().CHORUS_SUPERVISOR_PID, () => process.exit(0));
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}
