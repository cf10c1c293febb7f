import { readdirSync, readFileSync } from "node:fs";

// Linux reports CPU time in clock ticks; 100 per second on every kernel config these machines use.
const TICKS_PER_SECOND = 100;

type Sample = { pid: number; parent: number; command: string; ticks: number };

function parse(entry: string, stat: string): Sample {
  // The command name (field 2) is in parentheses and may hold spaces; fields count on after it.
  const command = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  // utime and stime (fields 14 and 15 of stat(5)) are 11 and 12 counted from 0 after the name.
  return { pid: Number(entry), parent: Number(fields[1]), command, ticks: Number(fields[11]) + Number(fields[12]) };
}

function readAll(): Sample[] {
  const samples: Sample[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      samples.push(parse(entry, readFileSync(`/proc/${entry}/stat`, "utf8")));
    } catch {
      // The process ended while we looked.
    }
  }
  return samples;
}

function descendants(rootPid: number, samples: Sample[]): Set<number> {
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of samples) if (tree.has(s.parent) && !tree.has(s.pid)) grew = tree.add(s.pid).size > 0;
  }
  return tree;
}

/**
 * CPU seconds of the three parties sharing the machine in a benchmark, and of the web process's
 * main thread alone: JavaScript runs there, so it is what saturates first (GC helpers and libuv's
 * pool run beside it).
 */
export type CpuSplit = { web: number; webMainThread: number; postgres: number; loadGenerator: number };

function mainThread(pid: number): number {
  try {
    return parse(String(pid), readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8")).ticks / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function split(webPid: number): CpuSplit {
  const samples = readAll();
  const web = descendants(webPid, samples);
  const seconds = (pick: (s: Sample) => boolean) => samples.filter(pick).reduce((sum, s) => sum + s.ticks, 0) / TICKS_PER_SECOND;
  return {
    web: seconds((s) => web.has(s.pid)),
    webMainThread: mainThread(webPid),
    // Every PostgreSQL backend and helper, however it was started (embedded or the machine's own).
    postgres: seconds((s) => s.command === "postgres" || s.command.startsWith("postgres:")),
    loadGenerator: seconds((s) => s.pid === process.pid),
  };
}

/**
 * Measures the CPU time each party spends while `run` goes, per request: the web process (and its
 * children), PostgreSQL, and this process (autocannon). Tick resolution is 10 ms, so a run should
 * last seconds. Exited backends' time is lost, which is why the pool's connections must outlive it.
 */
export async function cpuPerRequest<T>(webPid: number, requests: number, run: () => Promise<T>): Promise<{ result: T; cpuUsPerRequest: CpuSplit }> {
  const before = split(webPid);
  const result = await run();
  const after = split(webPid);
  const per = (key: keyof CpuSplit) => Math.round(((after[key] - before[key]) * 1e6) / requests);
  return { result, cpuUsPerRequest: { web: per("web"), webMainThread: per("webMainThread"), postgres: per("postgres"), loadGenerator: per("loadGenerator") } };
}
