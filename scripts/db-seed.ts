/** npm run db:seed — adds the demo organisation, campaign and admin to DATABASE_URL; safe to repeat. */
import { closeDb, db } from "@/db/client";
import { demoAdminEmail } from "@/db/seed/content";
import { seedDemo } from "@/db/seed/seed-demo";
import { env, EnvError } from "@/lib/env";
import { loadDotEnv, adoptRunningLocalDatabase } from "@/lib/load-dotenv";

loadDotEnv();
adoptRunningLocalDatabase();
try {
  env();
  const result = await seedDemo(db());
  const made = Object.entries(result).filter(([, created]) => created).map(([name]) => name);
  console.log(made.length ? `Seeded: ${made.join(", ")}.` : "Demo data already present; nothing changed.");
  console.log(`Demo admin: ${demoAdminEmail}`);
} catch (error) {
  console.error(error instanceof EnvError ? error.message : error);
  process.exitCode = 1;
} finally {
  await closeDb();
}
