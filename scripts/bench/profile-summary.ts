import { readFileSync } from "node:fs";

/*
 * Self time by function from a V8 .cpuprofile (node --cpu-prof), so that two runs of the web
 * server, one per route, can be compared function by function, per request.
 */

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

// A readable place: the package (or our own file under .next) and the line.
function where(url: string, line: number): string {
  if (!url) return "";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  const file = url.split("/").pop() ?? url;
  return `${pkg ? `${pkg}:` : ""}${file}:${line + 1}`;
}

/** Microseconds of self time per function (name @ place), summed over the whole profile. */
export function selfTimes(file: string): Map<string, number> {
  const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
  const names = new Map(profile.nodes.map((node) => [node.id, `${node.callFrame.functionName || "(anonymous)"} @ ${where(node.callFrame.url, node.callFrame.lineNumber)}`]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const name = names.get(id) ?? "?";
    totals.set(name, (totals.get(name) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  return totals;
}

/** Self time by package (or "node:internal", "(program)", "(garbage collector)", "app"): the coarse picture. */
export function byPackage(totals: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [name, us] of totals) {
    const place = name.split(" @ ")[1] ?? "";
    const group = place === "" ? name.split(" @ ")[0]! : place.includes(":") && !/^[^:]+\.(js|mjs|cjs):\d+$/.test(place) ? place.split(":")[0]! : place.startsWith("node:") ? "node:internal" : "app/other";
    out.set(group, (out.get(group) ?? 0) + us);
  }
  return out;
}

/** The rows where `a` (per request) costs most over `b` (per request), in microseconds. */
export function compare(a: Map<string, number>, aRequests: number, b: Map<string, number>, bRequests: number, top = 30) {
  const keys = new Set([...a.keys(), ...b.keys()]);
  return [...keys]
    .map((key) => {
      const left = (a.get(key) ?? 0) / aRequests;
      const right = (b.get(key) ?? 0) / bRequests;
      return { key, signUs: Math.round(left * 10) / 10, bareUs: Math.round(right * 10) / 10, extraUs: Math.round((left - right) * 10) / 10 };
    })
    .sort((x, y) => y.extraUs - x.extraUs)
    .slice(0, top);
}

/** Total self time per request, in microseconds. */
export const perRequest = (totals: Map<string, number>, requests: number) => Math.round([...totals.values()].reduce((s, v) => s + v, 0) / requests);
