/** npm run admin:create -- you@example.org — the first administrator of an installation. */
import { closeDb, db } from "@/db/client";
import { env, EnvError } from "@/lib/env";
import { loadDotEnv, adoptRunningLocalDatabase } from "@/lib/load-dotenv";
import { createAdmin } from "@/server/auth/create-admin";

loadDotEnv();
adoptRunningLocalDatabase();
const email = process.argv[2];
if (!email) {
  console.error("Usage: npm run admin:create -- you@example.org");
  process.exit(2);
}
try {
  env();
  const result = await createAdmin(db(), email);
  console.log(`${result.email} is ${result.created ? "now an administrator" : "an administrator (account already existed)"}.`);
  console.log(`Sign in at ${env().APP_URL}/en/admin with that address.`);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
