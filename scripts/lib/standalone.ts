import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
// Next's own copy of the tracer that makes .next/standalone: what it keeps is what we keep.
import nft from "next/dist/compiled/@vercel/nft/index.js";
import { bundleScripts } from "./bundle-scripts";

/**
 * The container image's runtime layout, assembled from a `next build` with `output: "standalone"`;
 * the Dockerfile runs this same code (npm run image:layout), so the layout tested here is the
 * image's. Inside `out`:
 *   .next/, node_modules/, package.json  Next's standalone output (only the files the app uses)
 *   .next/static, public/                 what standalone leaves out for a CDN to serve
 *   scripts/web-server.mjs, lib/http/*    our web server, run as in a clone (node scripts/web-server.mjs)
 *   dist/{worker,migrate,seed}.mjs        the other programs, compiled (scripts/lib/bundle-scripts.ts)
 *   dist/migrations, dist/data            what migrate and seed read beside themselves
 *   entrypoint.sh                         `web` (default), `worker`, `migrate`, `seed`
 * plus every node_modules file the web server and the bundles import that standalone did not trace.
 */
export async function assembleLayout(root: string, out: string): Promise<void> {
  const standalone = path.join(root, ".next", "standalone");
  const manifest = path.join(standalone, ".next", "required-server-files.json");
  if (!existsSync(manifest)) throw new Error(`No standalone build in ${standalone}: run next build with output: "standalone" first.`);
  const { relativeAppDir = "" } = JSON.parse(readFileSync(manifest, "utf8")) as { relativeAppDir?: string };
  if (relativeAppDir !== "") throw new Error(`The build traced from above the project (${relativeAppDir}); the layout expects the project as root.`);

  rmSync(out, { recursive: true, force: true });
  cpSync(standalone, out, { recursive: true, verbatimSymlinks: true });
  // Next's own server.js: we run ours instead, and a second way to start would bypass the client-address rule.
  rmSync(path.join(out, "server.js"), { force: true });
  cpSync(path.join(root, ".next", "static"), path.join(out, ".next", "static"), { recursive: true });
  if (existsSync(path.join(root, "public"))) cpSync(path.join(root, "public"), path.join(out, "public"), { recursive: true });

  // Bundled inside the project first, so that the tracer resolves their imports from its node_modules.
  const staging = path.join(root, ".next", "chorus-dist");
  rmSync(staging, { recursive: true, force: true });
  const bundles = await bundleScripts(root, staging);
  await copyTraced(root, out, [path.join(root, "scripts", "web-server.mjs"), ...bundles], staging);
  const dist = path.join(out, "dist");
  cpSync(staging, dist, { recursive: true });
  // drizzle's migrator reads the SQL files and the journal only; the snapshots are for drizzle-kit.
  const migrations = path.join(dist, "migrations");
  mkdirSync(path.join(migrations, "meta"), { recursive: true });
  for (const file of readdirSync(path.join(root, "db", "migrations")).filter((name) => name.endsWith(".sql"))) {
    cpSync(path.join(root, "db", "migrations", file), path.join(migrations, file));
  }
  cpSync(path.join(root, "db", "migrations", "meta", "_journal.json"), path.join(migrations, "meta", "_journal.json"));
  // db/seed/demo-data.ts finds the demo's files beside the module, which is dist/ once bundled.
  cpSync(path.join(root, "db", "seed", "data"), path.join(dist, "data"), { recursive: true });

  cpSync(path.join(root, "deploy", "entrypoint.sh"), path.join(out, "entrypoint.sh"));
  chmodSync(path.join(out, "entrypoint.sh"), 0o755);
}

/** Copies into `out` every file of `root` that `entries` import (entries in `staging` excepted). */
async function copyTraced(root: string, out: string, entries: string[], staging: string): Promise<void> {
  const { fileList } = await nft.nodeFileTrace(entries, {
    base: root,
    // Next's files are standalone's business: it traced exactly those its server needs.
    ignore: (file: string) => file.startsWith("node_modules/next/"),
  });
  for (const file of fileList) {
    // The bundles go to dist/ whole (below), and nothing outside the project belongs in the image.
    if (file.startsWith("..") || path.resolve(root, file).startsWith(staging + path.sep)) continue;
    const target = path.join(out, file);
    if (!existsSync(target)) cpSync(path.join(root, file), target, { recursive: true, verbatimSymlinks: true });
  }
}
