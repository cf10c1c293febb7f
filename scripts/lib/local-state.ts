import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A local run keeps its own secret in .data/ so sessions survive restarts without anyone having to
 * generate one. Deployments (DATABASE_URL set) must provide AUTH_SECRET themselves.
 */
export function localAuthSecret(dataDir: string): string {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * One start command per data directory: a second would fight the first over PostgreSQL's data
 * and the port. Returns a release function; throws with the other run's pid when one is live.
 */
export function acquireRunLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "chorus.pid");
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, "utf8"));
    if (pid && pid !== process.pid && isAlive(pid)) {
      throw new Error(`Chorus is already running from this folder (pid ${pid}). Stop it first (Ctrl-C, or kill ${pid}).`);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => {
    if (existsSync(file) && Number(readFileSync(file, "utf8")) === process.pid) rmSync(file, { force: true });
  };
}
