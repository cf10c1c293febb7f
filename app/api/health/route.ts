import { checkDatabase } from "@/server/health/check-database";
import { checkQueue } from "@/server/health/check-queue";

export const dynamic = "force-dynamic";

/**
 * For load balancers, container health checks and start scripts: 200 only when both what writes
 * need works (the database answers, the queue client is started), else 503 saying which part is
 * down, e.g. {"ok":false,"db":"down","queue":"down"}. Two cheap probes, two seconds at most.
 */
export async function GET() {
  const [db, queue] = await Promise.all([checkDatabase(), checkQueue()]);
  const ok = db === "up" && queue === "up";
  return Response.json({ ok, db, queue }, { status: ok ? 200 : 503, headers: { "cache-control": "no-store" } });
}
