/**
 * How a worker process is started, everywhere (npm start, tests, benchmarks; npm run worker
 * repeats it in package.json). A heap cap makes V8 collect garbage before the process grows: a
 * worker's live data is small (a batch of 100 emails), and uncapped it idled in ~280 MB at peak
 * against ~200 MB capped, at the same throughput (npm run bench:mail).
 */
export const WORKER_NODE_ARGS = ["--max-old-space-size=160", "--import", "tsx", "--import", "./jobs/loader/register.mjs"];

export function workerArgs(options: { watch?: boolean } = {}): string[] {
  return [...WORKER_NODE_ARGS, ...(options.watch ? ["--watch"] : []), "jobs/worker.ts"];
}
