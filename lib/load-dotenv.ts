import { existsSync, readFileSync } from "node:fs";

/**
 * Loads .env into process.env for our own scripts (Next loads it itself). Variables already set
 * in the environment win, as with Next.
 */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

/**
 * For command-line scripts (db:seed, admin:create…): without DATABASE_URL, use the embedded
 * database that a running `npm start` left its address for in .data/database-url, and its secret.
 */
export function adoptRunningLocalDatabase(): void {
  const local = ".data/database-url";
  if (process.env.DATABASE_URL || !existsSync(local)) return;
  process.env.DATABASE_URL = readFileSync(local, "utf8").trim();
  // That database's keyed hashes (IPs, forgotten addresses, rate-limit buckets) were made with the
  // local run's own secret: a script working on it must use the same one (scripts/lib/local-state.ts).
  const secret = ".data/auth-secret";
  if (!process.env.AUTH_SECRET && existsSync(secret)) process.env.AUTH_SECRET = readFileSync(secret, "utf8").trim();
}
