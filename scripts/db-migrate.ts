/** npm run db:migrate — applies committed migrations to DATABASE_URL (deploys, CI, by hand). */
import { migrateDatabase } from "@/db/migrate";
import { env, EnvError } from "@/lib/env";
import { loadDotEnv, adoptRunningLocalDatabase } from "@/lib/load-dotenv";

loadDotEnv();
adoptRunningLocalDatabase();
try {
  // The direct URL when there is one: migrations need no pooler and should not hold a pooled connection.
  const { DATABASE_DIRECT_URL: direct, DATABASE_URL: url, DATABASE_POOLED: pooled } = env();
  await migrateDatabase(direct ?? url, { pooled: !direct && pooled === "1" });
  console.log("Migrations applied.");
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exit(1);
}
