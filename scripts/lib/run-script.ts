import { closeDb } from "@/db/client";
import { env, EnvError } from "@/lib/env";
import { adoptRunningLocalDatabase, loadDotEnv } from "@/lib/load-dotenv";

/**
 * Runs a command-line script against DATABASE_URL (or a running `npm start`'s database): checks the
 * environment first, prints a failure as one plain message with exit code 1, always closes the pool.
 */
export async function runScript(work: () => Promise<void>): Promise<void> {
  loadDotEnv();
  adoptRunningLocalDatabase();
  try {
    env();
    await work();
  } catch (error) {
    console.error(error instanceof EnvError || error instanceof Error ? error.message : error);
    process.exitCode = 1;
  } finally {
    await closeDb();
  }
}
