import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/*
 * The resident memory of the web server the browser tests started, read from /proc (Linux): the
 * process that owns the socket listening on its port, whatever wrapper started it.
 */

function listeningInodes(port: number): Set<string> {
  const hex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text = "";
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    for (const line of text.split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is "ADDR:PORT", state 0A is LISTEN, the inode is the tenth field.
      if (fields[1]?.endsWith(`:${hex}`) && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  return inodes;
}

/** The pid of the process listening on this port; throws when none is found. */
export function pidListeningOn(port: number): number {
  const sockets = new Set([...listeningInodes(port)].map((inode) => `socket:[${inode}]`));
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        if (sockets.has(readlinkSync(`/proc/${entry}/fd/${fd}`))) return Number(entry);
      } catch {
        // The descriptor closed meanwhile.
      }
    }
  }
  throw new Error(`no process listens on port ${port}`);
}

/** Resident set size in MB (VmRSS). */
export function residentMb(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8")
    .split("\n")
    .find((row) => row.startsWith("VmRSS:"));
  if (!line) throw new Error(`no VmRSS for ${pid}`);
  return Number(line.replace(/\D+/g, "")) / 1024;
}
