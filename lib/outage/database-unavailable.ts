/*
 * The one place that decides whether an error means "the database is not reachable right now"
 * (as opposed to a bug or a bad request). Callers turn such errors into a translated
 * "temporarily unavailable, try again" (503) instead of a 500; anything else still surfaces.
 */

// Socket and DNS failures (node), and what postgres.js reports when a connection cannot be made
// or is lost mid-query.
const NETWORK_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "CONNECT_TIMEOUT", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED"]);

// PostgreSQL SQLSTATEs for a server that is going away or not taking connections: class 08
// (connection exception), shutdown and start-up (57P01-57P03), too many connections (53300).
const SERVER_STATES = /^(08...|57P0[123]|53300)$/;

/** Thrown by our own clients (the queue sender) when they cannot reach the database. */
export class DatabaseUnavailableError extends Error {
  constructor(cause?: unknown) {
    super("database unavailable", { cause });
    this.name = "DatabaseUnavailableError";
  }
}

/** Whether `error`, or anything in its cause chain (drizzle wraps driver errors), is an outage. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    if (current instanceof DatabaseUnavailableError) return true;
    if (typeof current !== "object") return false;
    const { code, errors } = current as { code?: unknown; errors?: unknown };
    if (typeof code === "string" && (NETWORK_CODES.has(code) || SERVER_STATES.test(code))) return true;
    // node's happy-eyeballs connect reports every address it tried in an AggregateError.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/**
 * The first line of the innermost cause ("write CONNECTION_CLOSED 127.0.0.1:6432"): what the logs
 * need, rather than drizzle's "Failed query: <the whole statement>" around it.
 */
export function unavailableReason(error: unknown): string {
  let current = error;
  for (let depth = 0; depth < 8 && (current as { cause?: unknown } | undefined)?.cause; depth++) current = (current as { cause: unknown }).cause;
  const message = current instanceof Error ? current.message : String(current);
  return message.split("\n")[0] ?? message;
}
