import type PgBoss from "pg-boss";
import type postgres from "postgres";
import { db, rawSql, type Transaction } from "@/db/client";
import { DatabaseUnavailableError } from "@/lib/outage/database-unavailable";
import { retryingMemo } from "@/lib/outage/retrying-memo";
import { createSenderBoss, executorFor } from "./queue";
import type { QueueName } from "./queues";

export type Enqueue = (queue: QueueName, data: object, options?: Omit<PgBoss.SendOptions, "db">) => Promise<string | null>;
/** Many jobs of one queue in one statement (bulk sends queue a thousand at once). */
export type EnqueueMany = (queue: QueueName, data: object[]) => Promise<void>;
export type TransactionContext = { db: Transaction; enqueue: Enqueue; enqueueMany: EnqueueMany };

// A failed start (the database was down) is not kept: the next write, a second later, tries again.
// Caching the rejected promise made every write fail until a restart once the database was back.
const SENDER_RETRY_MS = 1_000;
const BEGIN_TIMEOUT_MS = 4_000;
const globalForQueue = globalThis as typeof globalThis & { chorusSender?: ReturnType<typeof retryingMemo<PgBoss>> };

/** The web process's send-only queue handle, started on first use (and again after a failed start). */
export function queueSender(): Promise<PgBoss> {
  globalForQueue.chorusSender ??= retryingMemo(() => createSenderBoss(rawSql()), SENDER_RETRY_MS);
  return globalForQueue.chorusSender.get();
}

/**
 * Runs work in one database transaction whose enqueue writes jobs in that same transaction: a
 * rolled-back change leaves no job behind, and a committed one always has its job.
 */
export async function transaction<T>(work: (context: TransactionContext) => Promise<T>): Promise<T> {
  const boss = await queueSender();
  // postgres.js can leave a BEGIN waiting forever for a connection while the database is away
  // (plain queries fail at once): past a few seconds the caller is told "unavailable", and a
  // BEGIN that gets through later rolls back instead of doing work that was already refused.
  let abandoned = false;
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      abandoned = true;
      reject(new DatabaseUnavailableError(new Error(`no transaction within ${BEGIN_TIMEOUT_MS} ms`)));
    }, BEGIN_TIMEOUT_MS);
  });
  const run = db().transaction(async (tx) => {
    clearTimeout(timer);
    if (abandoned) throw new DatabaseUnavailableError(new Error("transaction started after its caller gave up"));
    const db = executorFor(connectionOf(tx));
    const enqueue: Enqueue = (queue, data, options) => boss.send(queue, data, { ...options, db });
    const enqueueMany: EnqueueMany = async (queue, items) => {
      if (items.length > 0) await boss.insert(items.map((data) => ({ name: queue, data })), { db });
    };
    return work({ db: tx, enqueue, enqueueMany });
  });
  run.catch(() => undefined).finally(() => clearTimeout(timer));
  return Promise.race([run, gaveUp]);
}

/**
 * The postgres.js connection under a drizzle transaction. drizzle keeps it on the transaction's
 * session (pinned drizzle-orm 0.45; tests/integration/queue-transaction.test.ts guards it), and
 * pg-boss must write its job on that very connection to share the transaction.
 */
function connectionOf(tx: Transaction): postgres.TransactionSql {
  const client = (tx as unknown as { session?: { client?: postgres.TransactionSql } }).session?.client;
  if (!client?.unsafe) throw new Error("drizzle transaction has no postgres.js client: check the drizzle-orm upgrade");
  return client;
}
