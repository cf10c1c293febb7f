import { startPgBouncer, type PgBouncer } from "../lib/pgbouncer";

export type { PgBouncer };

/** The cluster's PgBouncer: the recipe (deploy/pgbouncer/pgbouncer.ini) in front of its private PostgreSQL. */
export function startPooler(options: { upstreamPort: number }): Promise<PgBouncer> {
  return startPgBouncer({ upstreamHost: "127.0.0.1", upstreamPort: options.upstreamPort, users: ["postgres"] });
}
