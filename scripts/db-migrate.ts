/** npm run db:migrate — applies committed migrations to DATABASE_URL (deploys, CI, by hand). */
import { migrateDatabase } from "@/db/migrate";
import { env, EnvError } from "@/lib/env";
import { loadDotEnv, adoptRunningLocalDatabase } from "@/lib/load-dotenv";

loadDotEnv();
adoptRunningLocalDatabase();
try {
  await migrateDatabase(env().DATABASE_URL);
  console.log("Migrations applied.");
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
