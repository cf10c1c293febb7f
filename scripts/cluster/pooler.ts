import { existsSync } from "node:fs";
import path from "node:path";

/** What scripts/lib/pgbouncer.ts (the pool helper's) gives: PgBouncer in transaction mode from deploy/pgbouncer/pgbouncer.ini. */
export type PgBouncer = { port: number; url(database: string, user?: string): string; stop(): Promise<void> };
type StartPgBouncer = (options: { upstreamHost: string; upstreamPort: number; users?: string[]; dir?: string; port?: number }) => Promise<PgBouncer>;

/**
 * Loaded by path rather than imported, so that this file type-checks on a branch where the pooler
 * module has not landed yet; the cluster then refuses to start, saying why.
 */
export async function startPooler(options: { upstreamPort: number }): Promise<PgBouncer> {
  const file = path.resolve(import.meta.dirname, "../lib/pgbouncer.ts");
  if (!existsSync(file)) throw new Error("scripts/lib/pgbouncer.ts is missing: the cluster runs PgBouncer from deploy/pgbouncer (the pooling work) and cannot start without it");
  const loaded = (await import(file)) as { startPgBouncer: StartPgBouncer };
  return loaded.startPgBouncer({ upstreamHost: "127.0.0.1", upstreamPort: options.upstreamPort, users: ["postgres"] });
}
