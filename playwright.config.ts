import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { webArgs } from "./scripts/lib/web-command";
import { workerArgs } from "./scripts/lib/worker-command";
import { e2ePorts } from "./tests/e2e/support/ports";
import { e2eServerEnv } from "./tests/e2e/support/server-env";

/*
 * Browser tests run against the production build (npm test builds it first), the real worker and
 * the Resend stub, all started here, on a fresh database given by npm test in DATABASE_URL.
 */

const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const { web, stub, workerHealth } = e2ePorts();
const appUrl = `http://localhost:${web}`;
const serverEnv = e2eServerEnv();

export default defineConfig({
  testDir: "./tests/e2e",
  testMatch: "**/*.spec.ts",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  reporter: [["list"], ["json"]],
  use: {
    baseURL: appUrl,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--disable-features=AutofillServerCommunication,OptimizationHints,Translate,MediaRouter",
        // Any host but this machine fails to resolve: a page that reaches out to a third party breaks.
        "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      name: "resend-stub",
      command: `node --import tsx tests/support/resend-stub/cli.ts ${stub}`,
      url: `http://127.0.0.1:${stub}/_stub/health`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
    {
      name: "web",
      command: ["node", ...webArgs(".", "start", web)].join(" "),
      url: `http://127.0.0.1:${web}/api/health`,
      env: serverEnv,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      name: "worker",
      command: ["node", ...workerArgs()].join(" "),
      url: `http://127.0.0.1:${workerHealth}/`,
      env: serverEnv,
      // The worker's log (failed jobs, retries) belongs in the test output.
      stdout: "pipe",
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
