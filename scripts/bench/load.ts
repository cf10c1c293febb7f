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
export async function load(options: { url: string; connections: number; requests: number; method?: "GET" | "POST"; body?: () => string; headers?: Record<string, string> }): Promise<LoadResult> {
  const method = options.method ?? "GET";
  const settings: autocannon.Options = {
    url: options.url,
    connections: options.connections,
    amount: options.requests,
    method,
    headers: { "content-type": "application/json", ...options.headers },
    requests: [
      {
        method,
        setupRequest: (request) => ({
          ...request,
          headers: { ...request.headers, "x-forwarded-for": nextAddress() },
          ...(options.body && { body: options.body() }),
        }),
      },
    ],
  };
  const started = performance.now();
  let lastAnswer = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const run = autocannon(settings, (error, finished) => (error ? reject(error) : resolve(finished)));
    run.on("response", () => (lastAnswer = performance.now()));
  });
  // autocannon notices the end of a run only at its next one-second tick, so its own duration is
  // rounded up to whole seconds (up to 12 % off on a 9-second run): the time from the start to the
  // last answer is the run's real length.
  const seconds = (lastAnswer - started) / 1000;
  return {
    requestsPerSecond: Math.round((result["2xx"] + result.non2xx) / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    ok: result["2xx"],
    errors: result.non2xx + result.errors + result.timeouts,
  };
}
