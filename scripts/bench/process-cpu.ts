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

/** Every process /proc lists now: pid, parent, command name and CPU ticks so far. */
export function listProcesses(): Sample[] {
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

/** A process and all its descendants, from (pid, parent) pairs as /proc lists them. */
export function processTree(rootPid: number, processes: Iterable<{ pid: number; parent: number }>): Set<number> {
  const all = [...processes];
  const tree = new Set([rootPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of all) if (tree.has(p.parent) && !tree.has(p.pid)) grew = tree.add(p.pid).size > 0;
  }
  return tree;
}

/**
 * bench:signing's figures, in µs of CPU per request: the three parties sharing the machine, and the
 * web process's main thread alone (JavaScript runs there, so it saturates first; GC helpers and
 * libuv's pool run beside it).
 */
export type CpuSplit = { web: number; webMainThread: number; postgres: number; loadGenerator: number };

function mainThread(pid: number): number {
  try {
    return parse(String(pid), readFileSync(`/proc/${pid}/task/${pid}/stat`, "utf8")).ticks / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** Which processes a party is: its root pids (with all their descendants), or a test on each process. */
export type Party = { roots: number[] } | { where: (process: { pid: number; command: string }) => boolean };

export const postgresProcesses: Party = { where: (p) => p.command === "postgres" || p.command.startsWith("postgres:") };
export const thisProcess: Party = { where: (p) => p.pid === process.pid };

function matcher(party: Party, samples: Sample[]): (s: Sample) => boolean {
  if ("where" in party) return party.where;
  const tree = new Set(party.roots.flatMap((root) => [...processTree(root, samples)]));
  return (s) => tree.has(s.pid);
}

function secondsOf(parties: Record<string, Party>): Record<string, number> {
  const samples = listProcesses();
  const out: Record<string, number> = {};
  for (const [name, party] of Object.entries(parties)) {
    out[name] = samples.filter(matcher(party, samples)).reduce((sum, s) => sum + s.ticks, 0) / TICKS_PER_SECOND;
  }
  return out;
}

/**
 * Measures the CPU time each party spends while `run` goes, in µs per request. Tick resolution is
 * 10 ms, so a run should last seconds. An exited process's time is lost (a PostgreSQL backend
 * whose connection closed), which is why pools must outlive the run.
 */
export async function cpuOf<T, K extends string>(parties: Record<K, Party>, requests: number, run: () => Promise<T>): Promise<{ result: T; cpuUsPerRequest: Record<K, number> }> {
  const before = secondsOf(parties);
  const result = await run();
  const after = secondsOf(parties);
  const cpu = Object.fromEntries(Object.keys(parties).map((name) => [name, Math.round(((after[name]! - before[name]!) * 1e6) / requests)])) as Record<K, number>;
  return { result, cpuUsPerRequest: cpu };
}

/**
 * bench:signing's split: the web process (and its children), its main thread alone, every
 * PostgreSQL process (embedded or the machine's own), and this process (autocannon).
 */
export async function cpuPerRequest<T>(webPid: number, requests: number, run: () => Promise<T>): Promise<{ result: T; cpuUsPerRequest: CpuSplit }> {
  const main = mainThread(webPid);
  const { result, cpuUsPerRequest } = await cpuOf({ web: { roots: [webPid] }, postgres: postgresProcesses, loadGenerator: thisProcess }, requests, run);
  const webMainThread = Math.round(((mainThread(webPid) - main) * 1e6) / requests);
  return { result, cpuUsPerRequest: { ...cpuUsPerRequest, webMainThread } };
}
