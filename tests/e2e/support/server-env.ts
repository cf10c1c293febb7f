import { e2ePorts } from "./ports";

/**
 * The environment of the browser suite's web server and worker (playwright.config.ts), shared with
 * specs that start a server of their own on the same database and mail.
 */
export function e2eServerEnv(): Record<string, string> {
  const { web, stub, workerHealth } = e2ePorts();
  return {
    DATABASE_URL: process.env.DATABASE_URL ?? "",
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-that-is-at-least-32-characters",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    APP_URL: `http://localhost:${web}`,
    PORT: String(web),
    RESEND_API_KEY: "re_e2e_test_key",
    RESEND_BASE_URL: `http://127.0.0.1:${stub}`,
    MAIL_FROM: "Private Faces Coalition <campaigns@privatefaces.example>",
    WORKER_HEALTH_PORT: String(workerHealth),
    MAIL_RATE_PER_SECOND: "20",
    // Every test browser comes from 127.0.0.1, where real organisers each have their own address.
    SIGN_IN_LIMIT_PER_IP_PER_HOUR: "500",
    // Several specs ask for my-data links, all from 127.0.0.1.
    MY_DATA_LINK_LIMIT_PER_IP_PER_HOUR: "500",
    // No internet here: postal lookups use the directory the tests load.
    REPRESENT_URL: "off",
  };
}
