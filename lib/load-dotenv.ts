import { existsSync } from "node:fs";

/**
 * Loads .env into process.env for our own scripts (Next loads it itself). Variables already set
 * in the environment win, as with Next.
 */
export function loadDotEnv(file = ".env"): void {
  if (existsSync(file)) process.loadEnvFile(file);
}
