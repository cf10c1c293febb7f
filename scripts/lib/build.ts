import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startChild } from "./children";

// Everything that changes what `next build` produces.
const INPUTS = ["app", "components", "lib", "server", "db", "emails", "messages", "public", "jobs"];
const INPUT_FILES = ["next.config.ts", "proxy.ts", "auth.ts", "instrumentation.ts", "instrumentation-node.ts", "tsconfig.json", "package-lock.json"];

function collect(root: string, entry: string, into: string[]): void {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) return void into.push(entry);
  for (const name of readdirSync(full).sort()) collect(root, path.join(entry, name), into);
}

/** A hash of the sources of the web build: a different hash means the build is stale. */
export function sourceFingerprint(root: string): string {
  const files: string[] = [];
  for (const entry of [...INPUTS, ...INPUT_FILES]) collect(root, entry, files);
  const hash = createHash("sha256");
  for (const file of files)
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(path.join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

function isBuilt(root: string, fingerprint: string): boolean {
  const marker = path.join(root, ".next", "chorus-fingerprint");
  return existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === fingerprint;
}

const nextBin = (root: string) => path.join(root, "node_modules", "next", "dist", "bin", "next");
const buildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });

/**
 * Builds the production web app unless .next already holds a build of exactly these sources.
 * Returns whether it built.
 */
export function buildIfNeeded(root: string, env: NodeJS.ProcessEnv): boolean {
  const fingerprint = sourceFingerprint(root);
  if (isBuilt(root, fingerprint)) return false;
  const result = spawnSync(process.execPath, [nextBin(root), "build"], { cwd: root, stdio: "inherit", env: buildEnv(env) });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  writeFileSync(path.join(root, ".next", "chorus-fingerprint"), fingerprint);
  return true;
}

/**
 * The same, for the start command: the build runs beside an event loop that stays free to answer a
 * Ctrl-C (a synchronous build held it for the whole build), in its own process group so that the
 * supervisor decides when it stops. `stop` ends a build in progress; `done` says whether it built.
 */
export function startBuildIfNeeded(root: string, env: NodeJS.ProcessEnv): { done: Promise<boolean>; stop(): Promise<void> } {
  const fingerprint = sourceFingerprint(root);
  if (isBuilt(root, fingerprint)) return { done: Promise.resolve(false), stop: async () => undefined };
  const build = startChild("build", process.execPath, [nextBin(root), "build"], { cwd: root, env: buildEnv(env), inherit: true, ownGroup: true, graceMs: 3_000 });
  const done = build.exited.then((code) => {
    if (code !== 0) throw new Error("next build failed (see the output above)");
    writeFileSync(path.join(root, ".next", "chorus-fingerprint"), fingerprint);
    return true;
  });
  return { done, stop: () => build.stop() };
}
