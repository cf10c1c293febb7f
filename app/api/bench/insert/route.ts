import { env } from "@/lib/env";
import { bodyLimits, readJsonBody } from "@/lib/http/read-body";
import { insertYardstick } from "@/server/bench/insert-yardstick";
import { publicContext } from "@/server/context";

export const dynamic = "force-dynamic";

/**
 * The benchmark's yardstick, off unless CHORUS_BENCH_ROUTES=1: a route that reads a JSON body and
 * makes one INSERT, and nothing else. Signing is reported as a share of what this serves.
 */
export async function POST(request: Request) {
  if (env().CHORUS_BENCH_ROUTES !== "1") return new Response(null, { status: 404 });
  // Read as the signing API reads its body, so the yardstick pays the same cost.
  const read = await readJsonBody(request, bodyLimits.bench);
  if (!read.ok) return read.response;
  await insertYardstick(publicContext);
  return Response.json({ status: "ok" }, { status: 202 });
}
