import { readFileSync } from "node:fs";
import { listProcesses, processTree } from "./process-cpu";

/** Resident memory (MB) of a process and all its descendants, read from /proc (Linux). */
export function treeRssMb(rootPid: number): number {
  const tree = processTree(rootPid, listProcesses());
  let kb = 0;
  for (const pid of tree) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // Gone.
    }
  }
  return kb / 1024;
}

/** Samples a process tree's memory every `everyMs` until stopped; returns every sample. */
export function sampleMemory(rootPid: number, everyMs = 50) {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(treeRssMb(rootPid)), everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      return samples;
    },
  };
}
