import { createHash, randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { batchPayload, describeIssues, emailPayload, type EmailPayload } from "./validate";

/*
 * A Resend-compatible HTTP server for tests: the real SDK is pointed at it with RESEND_BASE_URL.
 * It accepts what Resend accepts, answers as Resend answers (ids, 422/401/409/429 bodies),
 * replays idempotent requests like Resend does, records every delivered message, and can be told
 * to fail or stall on demand. Control routes live under /_stub/.
 */

export type StoredEmail = EmailPayload & {
  id: string;
  to: string[];
  idempotencyKey: string | null;
  viaBatch: boolean;
  createdAt: string;
};

export type Fault = {
  /** HTTP status to answer with instead of processing (e.g. 429, 500, 503). */
  status?: number;
  /** With 429: the Retry-After header, in seconds. */
  retryAfterSeconds?: number;
  /** Process the request, then hold the response this long (a slow or timed-out call). */
  delayMs?: number;
  /** How many matching requests the fault applies to. */
  times?: number;
  /** Restrict to one endpoint. */
  path?: "/emails" | "/emails/batch";
  /** Let this many matching requests through untouched first. */
  after?: number;
  /** Restrict to requests whose Idempotency-Key starts with this (e.g. "letter/": letters, not other mail). */
  keyPrefix?: string;
};

/** Logged on arrival; status and answeredAt stay null while the answer is pending. */
export type RequestLog = { path: string; status: number | null; idempotencyKey: string | null; receivedAt: number; answeredAt: number | null };

type Replay = { bodyHash: string; status: number; body: unknown; inFlight: boolean };

const ERROR_NAMES: Record<number, string> = {
  401: "missing_api_key",
  403: "invalid_api_key",
  409: "invalid_idempotent_request",
  422: "validation_error",
  429: "rate_limit_exceeded",
  500: "internal_server_error",
  503: "service_unavailable",
};

function errorBody(status: number, message: string, name = ERROR_NAMES[status] ?? "application_error") {
  return { statusCode: status, name, message };
}

export type ResendStub = {
  url: string;
  emails(): StoredEmail[];
  requests(): RequestLog[];
  inject(fault: Fault): void;
  reset(): void;
  close(): Promise<void>;
};

export type StubOptions = {
  port?: number;
  host?: string;
  /**
   * An account limit of N requests per second, as a token bucket holding N (refilled N a second):
   * a request finding it empty gets 429 with Retry-After: 1.
   */
  rateLimitPerSecond?: number;
  /** Share of requests that fail with 500 at random, without being processed. */
  failureRate?: number;
  /** false: keep only who got what (benchmarks send 100,000 emails; their HTML would fill memory). */
  keepBodies?: boolean;
};

export async function startResendStub(options: StubOptions = {}): Promise<ResendStub> {
  const bucket = { tokens: options.rateLimitPerSecond ?? 0, at: Date.now() };
  const emails: StoredEmail[] = [];
  const requests: RequestLog[] = [];
  let faults: Fault[] = [];
  const replays = new Map<string, Replay>();

  const store = (payload: EmailPayload, key: string | null, viaBatch: boolean): { id: string } => {
    const id = randomUUID();
    const to = Array.isArray(payload.to) ? payload.to : [payload.to];
    const kept = options.keepBodies === false ? { from: payload.from, subject: payload.subject } : payload;
    emails.push({ ...kept, to, id, idempotencyKey: key, viaBatch, createdAt: new Date().toISOString() } as StoredEmail);
    return { id };
  };

  const takeFault = (path: string, key: string | null): Fault | undefined => {
    const matching = faults.filter((candidate) => (candidate.times ?? 1) > 0 && (!candidate.path || candidate.path === path) && (!candidate.keyPrefix || Boolean(key?.startsWith(candidate.keyPrefix))));
    for (const candidate of matching) {
      if ((candidate.after ?? 0) > 0) {
        candidate.after = (candidate.after ?? 0) - 1;
        continue;
      }
      candidate.times = (candidate.times ?? 1) - 1;
      return candidate;
    }
    return undefined;
  };

  const accept = (path: string, body: unknown, key: string | null): { status: number; body: unknown } => {
    if (path === "/emails") {
      const parsed = emailPayload.safeParse(body);
      if (!parsed.success) return { status: 422, body: errorBody(422, describeIssues(parsed.error)) };
      return { status: 200, body: store(parsed.data, key, false) };
    }
    const parsed = batchPayload.safeParse(body);
    if (!parsed.success) return { status: 422, body: errorBody(422, describeIssues(parsed.error)) };
    return { status: 200, body: { data: parsed.data.map((email) => store(email, key, true)) } };
  };

  const handleSend = async (path: string, req: http.IncomingMessage, raw: string) => {
    const key = (req.headers["idempotency-key"] as string | undefined) ?? null;
    const auth = req.headers.authorization ?? "";
    if (!auth.startsWith("Bearer ")) return { status: 401, body: errorBody(401, "Missing API key in the authorization header.") };
    if (!auth.slice(7).startsWith("re_")) return { status: 403, body: errorBody(403, "API key is invalid.") };
    if (key !== null && (key.length < 1 || key.length > 256)) {
      return { status: 422, body: errorBody(422, "Idempotency key must be between 1 and 256 characters.", "invalid_idempotency_key") };
    }
    const limit = options.rateLimitPerSecond;
    if (limit) {
      const now = Date.now();
      bucket.tokens = Math.min(limit, bucket.tokens + ((now - bucket.at) / 1000) * limit);
      bucket.at = now;
      if (bucket.tokens < 1) {
        return { status: 429, body: errorBody(429, `Too many requests: ${limit} per second.`), headers: { "retry-after": "1" } };
      }
      bucket.tokens -= 1;
    }
    if (options.failureRate && Math.random() < options.failureRate) {
      return { status: 500, body: errorBody(500, "Random failure (stub failureRate).") };
    }
    const fault = takeFault(path, key);
    if (fault?.status) {
      const headers = fault.retryAfterSeconds !== undefined ? { "retry-after": String(fault.retryAfterSeconds) } : undefined;
      return { status: fault.status, body: errorBody(fault.status, `Injected ${fault.status}.`), headers };
    }
    let body: unknown;
    try {
      body = JSON.parse(raw);
    } catch {
      return { status: 422, body: errorBody(422, "Body is not valid JSON.") };
    }
    const bodyHash = createHash("sha256").update(raw).digest("hex");
    const replay = key ? replays.get(`${path} ${key}`) : undefined;
    if (replay?.inFlight) {
      return { status: 409, body: errorBody(409, "Same idempotency key in progress.", "concurrent_idempotent_requests") };
    }
    if (replay && replay.bodyHash !== bodyHash) {
      return { status: 409, body: errorBody(409, "Idempotency key reused with a different payload.") };
    }
    if (replay) return { status: replay.status, body: replay.body };
    const entry: Replay = { bodyHash, status: 0, body: null, inFlight: true };
    if (key) replays.set(`${path} ${key}`, entry);
    const result = accept(path, body, key);
    Object.assign(entry, result, { inFlight: false });
    // Like Resend, a failed validation does not reserve the key.
    if (key && result.status >= 400) replays.delete(`${path} ${key}`);
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    return result;
  };

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString("utf8");
    const url = new URL(req.url ?? "/", "http://stub");
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    };
    if (req.method === "POST" && (url.pathname === "/emails" || url.pathname === "/emails/batch")) {
      const entry: RequestLog = { path: url.pathname, status: null, idempotencyKey: (req.headers["idempotency-key"] as string | undefined) ?? null, receivedAt: Date.now(), answeredAt: null };
      requests.push(entry);
      const result = await handleSend(url.pathname, req, raw);
      Object.assign(entry, { status: result.status, answeredAt: Date.now() });
      return reply(result.status, result.body, ("headers" in result && result.headers) || {});
    }
    if (url.pathname === "/_stub/health") return reply(200, { ok: true });
    if (url.pathname === "/_stub/emails" && req.method === "GET") {
      const to = url.searchParams.get("to")?.toLowerCase();
      return reply(200, to ? emails.filter((email) => email.to.some((r) => r.toLowerCase().includes(to))) : emails);
    }
    if (url.pathname === "/_stub/requests" && req.method === "GET") return reply(200, requests);
    if (url.pathname === "/_stub/faults" && req.method === "POST") {
      handle.inject(JSON.parse(raw || "{}") as Fault);
      return reply(200, { ok: true });
    }
    if (url.pathname === "/_stub/reset" && req.method === "POST") {
      handle.reset();
      return reply(200, { ok: true });
    }
    reply(404, errorBody(404, `No route ${req.method} ${url.pathname}`, "not_found"));
  });

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  const handle: ResendStub = {
    url: `http://127.0.0.1:${port}`,
    emails: () => [...emails],
    requests: () => [...requests],
    inject: (fault) => void faults.push({ times: 1, ...fault }),
    reset: () => {
      emails.length = 0;
      requests.length = 0;
      faults = [];
      replays.clear();
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  return handle;
}
