import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

const valid = {
  DATABASE_URL: "postgres://postgres@127.0.0.1:5432/chorus",
  AUTH_SECRET: "a".repeat(32),
};

function problemsOf(source: Record<string, string | undefined>): string[] {
  try {
    parseEnv(source);
    return [];
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
}

describe("parseEnv", () => {
  it("fills defaults for a minimal local configuration", () => {
    const env = parseEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.APP_URL).toBe("http://localhost:3000");
    expect(env.MAIL_LOCAL).toBe(true);
    expect(env.WORKER_CONCURRENCY).toBe(4);
    // Nothing leaves the machine unless configured: no Represent, and no listening address assumed.
    expect(env.REPRESENT_URL).toBe("off");
    expect(env.HOSTNAME).toBeUndefined();
  });

  it("takes Represent's address and a listening address only when given", () => {
    expect(parseEnv({ ...valid, REPRESENT_URL: "https://represent.opennorth.ca/" }).REPRESENT_URL).toBe("https://represent.opennorth.ca");
    expect(parseEnv({ ...valid, HOSTNAME: "0.0.0.0" }).HOSTNAME).toBe("0.0.0.0");
    expect(problemsOf({ ...valid, HOSTNAME: "http://localhost" })).toEqual([expect.stringMatching(/^HOSTNAME must be a host name or an IP address/)]);
  });

  it("trusts no proxy unless told how many stand in front", () => {
    expect(parseEnv(valid).TRUSTED_PROXY_COUNT).toBe(0);
    expect(parseEnv({ ...valid, TRUSTED_PROXY_COUNT: "2" }).TRUSTED_PROXY_COUNT).toBe(2);
    expect(problemsOf({ ...valid, TRUSTED_PROXY_COUNT: "-1" })).toEqual([expect.stringMatching(/^TRUSTED_PROXY_COUNT /)]);
  });

  it("derives APP_URL from PORT and strips a trailing slash from a given one", () => {
    expect(parseEnv({ ...valid, PORT: "4100" }).APP_URL).toBe("http://localhost:4100");
    expect(parseEnv({ ...valid, APP_URL: "https://act.example.org/" }).APP_URL).toBe("https://act.example.org");
  });

  it("lists every missing or malformed variable in one message", () => {
    const problems = problemsOf({ PORT: "eighty", RESEND_API_KEY: "key_without_prefix", APP_URL: "ftp://x" });
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^DATABASE_URL /), expect.stringMatching(/^AUTH_SECRET /), expect.stringMatching(/^PORT /), expect.stringMatching(/^RESEND_API_KEY must start with "re_"/), expect.stringMatching(/^APP_URL /)]));
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });

  it("requires a sender once real mail is configured", () => {
    expect(problemsOf({ ...valid, RESEND_API_KEY: "re_123" })).toEqual(["MAIL_FROM is required when RESEND_API_KEY is set"]);
    const env = parseEnv({ ...valid, RESEND_API_KEY: "re_123", MAIL_FROM: "Coalition <news@example.org>" });
    expect(env.MAIL_LOCAL).toBe(false);
  });

  it("refuses a short AUTH_SECRET and a non-postgres DATABASE_URL", () => {
    expect(problemsOf({ DATABASE_URL: "mysql://x", AUTH_SECRET: "short" })).toEqual(["DATABASE_URL must be a postgres:// or postgresql:// connection URL", "AUTH_SECRET must be at least 32 characters"]);
  });

  it("refuses production without a mail provider unless mail is kept local on purpose", () => {
    const production = { ...valid, NODE_ENV: "production" };
    expect(problemsOf(production)).toEqual([expect.stringMatching(/^RESEND_API_KEY is missing: in production .*MAIL_LOCAL=1/)]);
    expect(parseEnv({ ...production, MAIL_LOCAL: "1" }).MAIL_LOCAL).toBe(true);
    expect(parseEnv({ ...production, RESEND_API_KEY: "re_1", MAIL_FROM: "a@example.org" }).MAIL_LOCAL).toBe(false);
    // next build runs in production mode too, and needs no provider; the server it builds does.
    expect(parseEnv({ ...production, NEXT_PHASE: "phase-production-build" }).MAIL_LOCAL).toBe(true);
    expect(problemsOf({ ...production, MAIL_LOCAL: "0" })).toHaveLength(1);
    expect(problemsOf({ ...valid, MAIL_LOCAL: "1", RESEND_API_KEY: "re_1", MAIL_FROM: "a@example.org" })).toEqual([expect.stringMatching(/^MAIL_LOCAL is 1 \(keep every email local\), yet RESEND_API_KEY is set/)]);
    expect(problemsOf({ ...valid, MAIL_LOCAL: "yes" })).toEqual([expect.stringMatching(/^MAIL_LOCAL must be "1"/)]);
  });

  it("treats empty strings as unset, as .env files often leave them", () => {
    expect(parseEnv({ ...valid, RESEND_API_KEY: "", MAIL_FROM: "" }).MAIL_LOCAL).toBe(true);
  });
});
