import { z } from "zod";

/**
 * The one place that reads process.env. Every variable is validated together so that a
 * misconfigured deploy fails at start with the full list of problems, not one at a time.
 */

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const postgresUrl = z.string({ error: "is missing" }).refine((value) => /^postgres(ql)?:\/\/.+/.test(value), {
  message: "must be a postgres:// or postgresql:// connection URL",
});

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http:// or https:// URL" }).transform((value) => value.replace(/\/+$/, ""));

// "Name <address>" or a bare address: what Resend accepts as a sender.
const mailbox = z.string().regex(/^(?:[^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
  message: 'must be an address or "Name <address>"',
});

const positiveInt = (fallback: number, max: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(max).default(fallback));

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATABASE_URL: postgresUrl,
    // "1" when DATABASE_URL goes through a pooler in transaction mode (PgBouncer): statements are then
    // never prepared, since the next transaction may run on another server connection. Nothing else
    // relies on session state (docs/deployment.md).
    DATABASE_POOLED: z.preprocess(emptyToUndefined, z.enum(["0", "1"], { error: 'must be "1" (DATABASE_URL is a pooler in transaction mode) or "0"' }).default("0")),
    // A direct (unpooled) connection, for what needs one session: migrations' advisory lock. Unset, DATABASE_URL is used.
    DATABASE_DIRECT_URL: z.preprocess(emptyToUndefined, postgresUrl.optional()),
    // Bearer token that /metrics (web and worker) requires; unset, /metrics answers 404.
    METRICS_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, { message: "must be at least 16 characters" }).optional()),
    PORT: positiveInt(3000, 65535),
    // The address the web server listens on. npm start sets it (localhost unless told otherwise);
    // unset, a bare `next start` listens on every interface, so nothing may assume loopback then.
    HOSTNAME: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(?:[A-Za-z0-9.-]+|\[?[0-9A-Fa-f:.]+\]?)$/, { message: "must be a host name or an IP address (localhost, 0.0.0.0)" })
        .optional(),
    ),
    APP_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
    AUTH_SECRET: z.string({ error: "is missing (generate one with: openssl rand -base64 32)" }).min(32, { message: "must be at least 32 characters" }),
    RESEND_API_KEY: z.preprocess(emptyToUndefined, z.string().startsWith("re_", { message: 'must start with "re_"' }).optional()),
    RESEND_BASE_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
    RESEND_WEBHOOK_SECRET: z.preprocess(emptyToUndefined, z.string().startsWith("whsec_", { message: 'must start with "whsec_"' }).optional()),
    MAIL_FROM: z.preprocess(emptyToUndefined, mailbox.optional()),
    // "1": keep every email in the local outbox on purpose. Required in production without
    // RESEND_API_KEY, so a deploy that lost its key refuses to start instead of silently
    // keeping supporters' confirmations to itself. npm start sets it for its local demo.
    MAIL_LOCAL: z.preprocess(emptyToUndefined, z.enum(["0", "1"], { error: 'must be "1" (keep mail local on purpose) or "0"' }).optional()),
    // Set by Next while it builds: a build needs no mail provider, the server it makes does.
    NEXT_PHASE: z.string().optional(),
    // Requests per second to Resend, shared by every worker through PostgreSQL.
    MAIL_RATE_PER_SECOND: z.preprocess(emptyToUndefined, z.coerce.number().positive().max(1000).default(2)),
    // A Resend call slower than this is abandoned and retried with the same idempotency key.
    // Below the mail queues' 30 s expiry (db/queue/queues.ts), so a slow call fails before its job does.
    MAIL_TIMEOUT_MS: positiveInt(10_000, 25_000),
    // Signatures accepted per hour from one IP address and for one email address; beyond that they
    // are kept but marked and not counted (people behind one school or office network share an IP).
    SIGN_LIMIT_PER_IP_PER_HOUR: positiveInt(60, 1_000_000),
    SIGN_LIMIT_PER_EMAIL_PER_HOUR: positiveInt(10, 1_000),
    SIGN_IN_LIMIT_PER_IP_PER_HOUR: positiveInt(20, 1_000_000),
    SIGN_IN_LIMIT_PER_EMAIL_PER_HOUR: positiveInt(5, 1_000),
    // "Email me a link to my data" requests per hour from one IP address (per address it is a fixed
    // three: server/privacy/request-my-data-link.ts). Raised where many people share one address.
    MY_DATA_LINK_LIMIT_PER_IP_PER_HOUR: positiveInt(10, 1_000_000),
    // How many proxies (load balancer, CDN) stand in front of the web processes and append to
    // X-Forwarded-For: the client is that many entries from the right. 0, the default, is a server
    // reached directly: X-Forwarded-For is then written by the client itself and ignored, and the
    // client is the socket's peer. Entries left of the Nth are never trusted for rate limits.
    TRUSTED_PROXY_COUNT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(10, { error: "must be at most 10" }).default(0)),
    // Open North's Represent API for postal-code lookups when the local directory has no exact
    // answer; unset or "off" keeps every lookup local.
    // Off by default: a postal code typed on this site leaves the machine only when an operator
    // chooses to (https://represent.opennorth.ca), and the privacy text says so.
    REPRESENT_URL: z.preprocess(emptyToUndefined, z.union([z.literal("off"), httpUrl]).default("off")),
    REPRESENT_TIMEOUT_MS: positiveInt(3_000, 60_000),
    // Directory CSVs imported on the first npm start instead of the shipped db/seed/data/directory.
    DIRECTORY_DATA_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
    // Finding files imported on the first npm start instead of the shipped db/seed/data/findings.
    FINDINGS_DATA_DIR: z.preprocess(emptyToUndefined, z.string().optional()),
    // Retention (server/retention/policy.ts, listed in the README): how long each kind of personal
    // data is kept. The worker applies it daily; npm run retention -- --dry-run shows what would go.
    RETENTION_UNCONFIRMED_DAYS: positiveInt(30, 3650),
    RETENTION_FRAUDULENT_DAYS: positiveInt(90, 3650),
    RETENTION_SIGNERS_MONTHS: positiveInt(6, 120),
    RETENTION_EMAIL_BODY_DAYS: positiveInt(30, 3650),
    RETENTION_DELIVERY_MONTHS: positiveInt(12, 120),
    RETENTION_WEBHOOK_DAYS: positiveInt(30, 3650),
    WORKER_CONCURRENCY: positiveInt(4, 64),
    // How often the queue's upkeep runs: among other things, how soon a job held by a worker
    // that died is retried (its expiry plus up to this long).
    QUEUE_MAINTENANCE_SECONDS: positiveInt(30, 3600),
    WORKER_HEALTH_PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1).max(65535).optional()),
    // Where the worker's health and /metrics server listens: loopback unless a container must expose it (0.0.0.0).
    WORKER_HEALTH_HOST: z.preprocess(
      emptyToUndefined,
      z
        .string()
        .regex(/^(?:[A-Za-z0-9.-]+|[0-9A-Fa-f:]+)$/, { message: "must be a host name or an IP address (127.0.0.1, 0.0.0.0)" })
        .default("127.0.0.1"),
    ),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
    // "1" only for npm run bench: enables the bare reference route it measures signing against.
    CHORUS_BENCH_ROUTES: z.preprocess(emptyToUndefined, z.enum(["0", "1"]).default("0")),
    // Set by scripts/start.ts: web and worker exit when the process that started them is gone.
    CHORUS_SUPERVISOR_PID: z.preprocess(emptyToUndefined, z.coerce.number().int().positive().optional()),
  })
  .superRefine((value, ctx) => {
    // Real mail needs a real sender; the local outbox does not.
    if (value.RESEND_API_KEY && !value.MAIL_FROM) {
      ctx.addIssue({ code: "custom", path: ["MAIL_FROM"], message: "is required when RESEND_API_KEY is set" });
    }
    if (value.RESEND_API_KEY && value.MAIL_LOCAL === "1") {
      ctx.addIssue({ code: "custom", path: ["MAIL_LOCAL"], message: "is 1 (keep every email local), yet RESEND_API_KEY is set: unset one of them" });
    }
    const building = value.NEXT_PHASE === "phase-production-build";
    if (value.NODE_ENV === "production" && !building && !value.RESEND_API_KEY && value.MAIL_LOCAL !== "1") {
      ctx.addIssue({
        code: "custom",
        path: ["RESEND_API_KEY"],
        message: "is missing: in production no email (confirmations, sign-in links) would leave this server. Set RESEND_API_KEY, or MAIL_LOCAL=1 to keep mail in the local outbox on purpose",
      });
    }
  });

export type Env = Omit<z.infer<typeof schema>, "APP_URL" | "MAIL_FROM" | "MAIL_LOCAL" | "NEXT_PHASE"> & {
  APP_URL: string;
  MAIL_FROM: string;
  /** True when mail goes to the local outbox instead of Resend. */
  MAIL_LOCAL: boolean;
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Chorus cannot start: ${problems.length} environment variable${problems.length === 1 ? " is" : "s are"} missing or malformed:\n` + problems.map((problem) => `  - ${problem}`).join("\n") + "\nSee .env.example for what each one means.");
    this.name = "EnvError";
  }
}

/** Validates a whole environment; throws EnvError listing every problem at once. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".") || "environment"} ${issue.message}`);
    throw new EnvError(problems);
  }
  const value = result.data;
  const { MAIL_LOCAL: _asked, NEXT_PHASE: _phase, ...rest } = value;
  return {
    ...rest,
    APP_URL: value.APP_URL ?? `http://localhost:${value.PORT}`,
    MAIL_FROM: value.MAIL_FROM ?? "Chorus <chorus@localhost>",
    MAIL_LOCAL: !value.RESEND_API_KEY,
  };
}

let cached: Env | undefined;

/** The validated environment of this process, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
