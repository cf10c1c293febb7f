import autocannon from "autocannon";

export type LoadResult = { requestsPerSecond: number; p50Ms: number; p99Ms: number; ok: number; errors: number };

// Gives each request its own client address, as a crowd of supporters would have.
let counter = 1;

/** Several runs of one scenario as one: mean throughput, worst p50/p99, all answers and errors. */
export function combine(runs: LoadResult[]): LoadResult {
  return {
    requestsPerSecond: Math.round(runs.reduce((sum, run) => sum + run.requestsPerSecond, 0) / runs.length),
    p50Ms: Math.max(...runs.map((run) => run.p50Ms)),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms)),
    ok: runs.reduce((sum, run) => sum + run.ok, 0),
    errors: runs.reduce((sum, run) => sum + run.errors, 0),
  };
}
const nextAddress = () => `10.${(counter >> 16) & 255}.${(counter >> 8) & 255}.${counter++ & 255}`;

/**
 * Runs one load scenario with autocannon: `connections` clients sending `requests` requests (every
 * one answered before it ends, so rows can be compared with answers), each built by `body` (so
 * every signature is a different person). Errors are non-2xx answers plus failures.
 */
export async function load(options: { url: string; connections: number; requests: number; method?: "GET" | "POST"; body?: () => string }): Promise<LoadResult> {
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    amount: options.requests,
    method: options.method ?? "GET",
    headers: { "content-type": "application/json" },
    requests: [
      {
        method: options.method ?? "GET",
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, "x-forwarded-for": nextAddress() },
          ...(options.body && { body: options.body() }),
        }),
      },
    ],
  });
  // autocannon's own average counts whole seconds; a finished run's total over its duration is exact.
  return {
    requestsPerSecond: Math.round((result["2xx"] + result.non2xx) / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result["2xx"],
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
