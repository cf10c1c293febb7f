import { checkDatabase } from "@/server/health/check-database";

export const dynamic = "force-dynamic";

/** For load balancers and start scripts: 200 when the database answers, 503 when it does not. */
export async function GET() {
  const database = await checkDatabase();
  const up = database === "up";
  return Response.json({ ok: up, db: database }, { status: up ? 200 : 503, headers: { "cache-control": "no-store" } });
}
