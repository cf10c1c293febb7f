import path from "node:path";
import { build, type Plugin } from "esbuild";

/**
 * The Node programs the image runs besides the web server, each bundled into one ES module:
 * our own TypeScript compiled once at build time, so that no TypeScript loader (tsx, ~80 MB of
 * memory per process) runs in production. Packages stay imports, resolved from the layout's
 * node_modules (scripts/lib/standalone.ts copies the files they need).
 */
export const BUNDLED_SCRIPTS = {
  worker: "jobs/worker.ts",
  migrate: "scripts/db-migrate.ts",
  seed: "scripts/db-seed.ts",
} as const;

// The worker's resolve hook does the same at run time (jobs/loader/server-only-hook.mjs): outside
// Next's bundler "server-only" throws on import, and everything here is server code by definition.
const serverOnlyIsEmpty: Plugin = {
  name: "server-only-is-empty",
  setup(setup) {
    setup.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    setup.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "export {};", loader: "js" }));
  },
};

/** Bundles every script of BUNDLED_SCRIPTS from `root` into `outDir`/<name>.mjs. */
export async function bundleScripts(root: string, outDir: string): Promise<string[]> {
  const entryPoints = Object.fromEntries(Object.entries(BUNDLED_SCRIPTS).map(([name, source]) => [name, path.join(root, source)]));
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: outDir,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    // Shared modules (db/, server/) go to chunks once instead of once per script.
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    tsconfig: path.join(root, "tsconfig.json"),
    jsx: "automatic",
    plugins: [serverOnlyIsEmpty],
    logLevel: "warning",
    legalComments: "none",
  });
  return Object.keys(BUNDLED_SCRIPTS).map((name) => path.join(outDir, `${name}.mjs`));
}
