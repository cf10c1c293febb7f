import client from "prom-client";

/*
 * The process's Prometheus registry and every metric Chorus defines, made once per process and
 * kept on globalThis: the bare-node web server creates it before Next loads, and the Next bundle
 * (which may load its own copy of this module) then finds the same objects, so one /metrics shows
 * both what the server counts per request and what domain code counts.
 */

const KEY = Symbol.for("chorus.metrics");

function create() {
  const registry = new client.Registry();
  // Node's own figures: CPU, memory, event-loop lag, open handles.
  client.collectDefaultMetrics({ register: registry });
  const registers = [registry];
  /** @param {string} name @param {string} help @param {string[]} [labelNames] */
  const counter = (name, help, labelNames = []) => new client.Counter({ name, help, labelNames, registers });
  return {
    registry,
    httpRequests: counter("chorus_http_requests_total", "HTTP requests answered, by method, Next route pattern and status.", ["method", "route", "status"]),
    httpDuration: new client.Histogram({
      name: "chorus_http_request_duration_seconds",
      help: "Time from a request's arrival to the end of its response, by method and route pattern.",
      labelNames: ["method", "route"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    }),
    signaturesAccepted: counter("chorus_signatures_accepted_total", "Signings accepted (answered as pending confirmation)."),
    signaturesConfirmed: counter("chorus_signatures_confirmed_total", "Signatures confirmed from their email link."),
    emailsSent: counter("chorus_emails_sent_total", "Emails handed to the provider (or the local outbox).", ["transport"]),
    emailsFailed: counter("chorus_emails_failed_total", "Emails given up on (a permanent error, or the last retry failed).", ["transport"]),
    emailsRetried: counter("chorus_emails_retried_total", "Email attempts that failed and were left for the queue to retry.", ["transport"]),
    mailRateWaits: counter("chorus_mail_rate_limit_waits_total", "Times a send waited for the shared provider rate limit."),
    mailRateWaitSeconds: counter("chorus_mail_rate_limit_wait_seconds_total", "Seconds spent waiting for the shared provider rate limit."),
  };
}

/** @returns {ReturnType<typeof create>} */
export function metrics() {
  const store = /** @type {any} */ (globalThis);
  store[KEY] ??= create();
  return store[KEY];
}
