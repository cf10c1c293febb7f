import { pickPort } from "../lib/ports";
import { provisionTestDatabase } from "../lib/test-database";

/**
 * A benchmark's own fresh database and a free port, with the production server's environment,
 * which this process adopts too (so its db() and the server share one database).
 */
export async function benchEnvironment(extra: Record<string, string> = {}) {
  const database = await provisionTestDatabase(process.env.TEST_DATABASE_URL || process.env.DATABASE_URL);
  const port = await pickPort();
  const serverEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-42",
    NODE_ENV: "production" as const,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(port),
    APP_URL: `http://localhost:${port}`,
    // load.ts plays a proxy in front of the server, writing each supporter's own address into
    // X-Forwarded-For: without a trusted proxy every request would be one client from 127.0.0.1.
    TRUSTED_PROXY_COUNT: "1",
    // Benchmarks without a (stub) provider keep their mail local on purpose.
    ...(extra.RESEND_API_KEY || process.env.RESEND_API_KEY ? {} : { MAIL_LOCAL: "1" }),
    ...extra,
  };
  Object.assign(process.env, serverEnv);
  return { database, port, serverEnv };
}
