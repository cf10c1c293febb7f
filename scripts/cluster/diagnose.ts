import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import type { Topology } from "./topology";

/**
 * What each part of the cluster says about itself, for a run that stopped making progress: each
 * web's /api/health body, PgBouncer's pools and its server and client connections by state, and
 * PostgreSQL's backends by application and state. Printed, never thrown: it runs on a broken cluster.
 */
export async function describeCluster(topology: Topology): Promise<string> {
  const lines: string[] = [];
  for (const slot of [...topology.webs, ...topology.workers]) {
    const answer = await fetch(slot.healthUrl, { signal: AbortSignal.timeout(3_000) })
      .then(async (response) => `${response.status} ${(await response.text()).slice(0, 200)}`)
      .catch((error: Error) => `no answer (${error.message})`);
    lines.push(`${slot.name} health: ${answer}`);
  }
  if (topology.pooler) {
    for (const what of ["POOLS", "SERVERS", "CLIENTS"]) {
      const rows = await topology.pooler.show(what).catch((error: Error) => [{ error: error.message }]);
      lines.push(`pgbouncer SHOW ${what}: ${what === "POOLS" ? JSON.stringify(rows) : tally(rows)}`);
      if (what === "CLIENTS") lines.push(`clients not idle: ${JSON.stringify(rows.filter((row) => row.state !== "idle").slice(0, 10))}`);
    }
  }
  const sql = postgres(topology.directUrl, { max: 1, connect_timeout: 2, onnotice: () => undefined });
  try {
    const rows = await sql`select application_name, state, wait_event_type, count(*)::int as n, max(now() - state_change)::text as oldest
      from pg_stat_activity where backend_type = 'client backend' group by 1, 2, 3 order by 4 desc`;
    lines.push(`postgres backends: ${JSON.stringify(rows)}`);
    // A transaction left open holds a server connection of PgBouncer's pool until it ends.
    const open = await sql`select pid, state, (now() - xact_start)::text as open_for, left(query, 160) as last_query
      from pg_stat_activity where backend_type = 'client backend' and xact_start < now() - interval '5 seconds' order by xact_start limit 10`;
    lines.push(`transactions open over 5 s: ${JSON.stringify(open)}`);
  } catch (error) {
    lines.push(`postgres: ${(error as Error).message}`);
  } finally {
    await sql.end({ timeout: 1 });
  }
  lines.push(`postgres and pgbouncer logs:\n${[...topology.database.problems(20), ...poolerProblems(topology, 20)].join("\n")}`);
  return lines.join("\n");
}

/** Connections counted by user, state and database. */
function tally(rows: Record<string, unknown>[]): string {
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = "error" in row ? String(row.error) : `${String(row.user)}/${String(row.state)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return JSON.stringify(Object.fromEntries(counts));
}

/** PgBouncer's log lines that report a problem (its WARNING and ERROR lines), the last `max`. */
export function poolerProblems(topology: Topology, max = 40): string[] {
  const file = topology.pooler ? path.join(topology.pooler.dir, "pgbouncer.log") : "";
  if (!file || !existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => / (WARNING|ERROR|FATAL) /.test(line))
    .slice(-max);
}
