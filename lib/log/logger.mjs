import { AsyncLocalStorage } from "node:async_hooks";
import pino from "pino";

/*
 * The process's one logger: JSON lines on stdout, written synchronously (no transport, no worker
 * thread) so a line is out before a crash or exit. Plain JavaScript because the bare-node web
 * server (scripts/web-server.mjs) loads it before Next; the Next bundle and the worker load it too,
 * and all of them get the same logger and request store through globalThis.
 */

const KEY = Symbol.for("chorus.log");
const LEVELS = new Set(["debug", "info", "warn", "error"]);

// A safety net, not the rule: callers never pass personal data. Anything named like it is hidden.
const HIDDEN = ["email", "toAddress", "name", "token", "password", "cookie", "authorization", "*.email", "*.toAddress", "*.name", "*.token", "*.cookie", "*.authorization"];

function create() {
  // lib/env.ts validates LOG_LEVEL when the app starts; an unknown value here falls back to info.
  const asked = process.env.LOG_LEVEL?.trim() || "info";
  /** @type {AsyncLocalStorage<{ reqId: string }>} */
  const requests = new AsyncLocalStorage();
  const logger = pino({
    level: LEVELS.has(asked) ? asked : "info",
    base: { pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: HIDDEN, censor: "[hidden]" },
    // Every line written while a request is handled carries its id, whoever writes it.
    mixin: () => {
      const context = requests.getStore();
      return context ? { reqId: context.reqId } : {};
    },
  });
  return { logger, requests };
}

/** @type {{ logger: import("pino").Logger; requests: AsyncLocalStorage<{ reqId: string }> }} */
const shared = /** @type {any} */ (globalThis)[KEY] ?? create();
/** @type {any} */ (globalThis)[KEY] = shared;

export const log = shared.logger;

/**
 * Runs `work` with `reqId` as the current request's id (for the lines it logs).
 * @template T
 * @param {string} reqId
 * @param {() => T} work
 * @returns {T}
 */
export function withRequestId(reqId, work) {
  return shared.requests.run({ reqId }, work);
}

/** The id of the request being handled, if any. */
export function currentRequestId() {
  return shared.requests.getStore()?.reqId;
}
