import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

// Everything that changes what `next build` produces.
const INPUTS = ["app", "components", "lib", "server", "db", "emails", "messages", "public", "jobs"];
const INPUT_FILES = ["next.config.ts", "proxy.ts", "instrumentation.ts", "tsconfig.json", "package-lock.json"];

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
  for (const file of files) hash.update(file).update("\0").update(readFileSync(path.join(root, file))).update("\0");
  return hash.digest("hex");
}

/**
 * Builds the production web app unless .next already holds a build of exactly these sources.
 * Returns whether it built.
 */
export function buildIfNeeded(root: string, env: NodeJS.ProcessEnv): boolean {
  const marker = path.join(root, ".next", "chorus-fingerprint");
  const fingerprint = sourceFingerprint(root);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(marker);
  if (built && readFileSync(marker, "utf8") === fingerprint) return false;
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) throw new Error("next build failed (see the output above)");
  writeFileSync(marker, fingerprint);
  return true;
}
