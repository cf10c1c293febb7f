import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import path from "node:path";

export type RunAs = { uid: number; gid: number } | undefined;

const PG_USER = "postgres";

function idOf(flag: "-u" | "-g"): number | undefined {
  try {
    return Number(execFileSync("id", [flag, PG_USER], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  } catch {
    return undefined;
  }
}

/**
 * PostgreSQL refuses to run as root. When we are root (containers, CI) it runs as the OS user
 * `postgres`, which is created if the machine has none. Otherwise it runs as ourselves.
 */
export function postgresRunAs(): RunAs {
  if (process.getuid?.() !== 0) return undefined;
  if (idOf("-u") === undefined) {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", PG_USER], {
      stdio: "ignore",
    });
  }
  const uid = idOf("-u");
  const gid = idOf("-g");
  if (uid === undefined || gid === undefined) throw new Error(`could not find or create the OS user "${PG_USER}"`);
  return { uid, gid };
}

/**
 * The `postgres` user must be able to walk down to the data directory. A checkout under /root
 * (mode 700) is the usual trap; say so plainly instead of letting initdb fail obscurely.
 */
export function assertTraversable(dir: string, runAs: RunAs): void {
  if (!runAs) return;
  let current = path.dirname(path.resolve(dir));
  for (;;) {
    const stat = statSync(current);
    const mode = stat.mode;
    const ok = stat.uid === runAs.uid ? mode & 0o100 : stat.gid === runAs.gid ? mode & 0o010 : mode & 0o001;
    if (!ok) {
      throw new Error(`The embedded PostgreSQL runs as the OS user "${PG_USER}", which cannot enter ${current}.\n` + `Move the checkout somewhere readable (e.g. /srv or /opt), run "chmod o+x ${current}", ` + `or set DATABASE_URL to use an existing PostgreSQL server.`);
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}
