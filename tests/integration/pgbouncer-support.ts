import { findPgBouncer, startPgBouncer, type PgBouncer } from "../../scripts/lib/pgbouncer";

/**
 * A PgBouncer in front of the test database, with a deliberately tiny server pool so that
 * consecutive transactions of one client land on different PostgreSQL connections. Returns
 * undefined (after saying why) when pgbouncer is not installed, except in CI, where it must be.
 */
export async function pgBouncerInFront(databaseUrl: string): Promise<PgBouncer | undefined> {
  if (!findPgBouncer()) {
    if (process.env.CI === "true") throw new Error("PgBouncer is not installed, and CI must run the pooling tests (.ci/run installs it)");
    console.warn("Skipping the PgBouncer tests: pgbouncer is not installed (apt-get install pgbouncer).");
    return undefined;
  }
  const upstream = new URL(databaseUrl);
  return startPgBouncer({
    upstreamHost: upstream.hostname,
    upstreamPort: Number(upstream.port || 5432),
    users: [decodeURIComponent(upstream.username || "postgres")],
    upstreamPassword: upstream.password ? decodeURIComponent(upstream.password) : undefined,
    settings: { default_pool_size: 2, min_pool_size: 0, reserve_pool_size: 0 },
  });
}

/** The test database's URL with PgBouncer in between. */
export function throughPgBouncer(bouncer: PgBouncer, databaseUrl: string): string {
  const upstream = new URL(databaseUrl);
  return bouncer.url(upstream.pathname.slice(1), decodeURIComponent(upstream.username || "postgres"));
}
