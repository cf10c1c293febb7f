import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty/server-only.ts"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["{lib,server,jobs,db,emails,components,scripts,tests/support,tests/lint}/**/*.test.{ts,tsx}"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/integration/setup.ts"],
          // Run through Vite, which resolves its extensionless "next/server" imports (Node's ESM
          // loader does not): tests call admin verbs under a real Auth.js session, and public actions
          // that end in next-intl's redirect.
          server: { deps: { inline: ["next-auth", "next-intl"] } },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Files share one database and some run queue workers, which would take each other's
          // jobs: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
