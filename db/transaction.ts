import type PgBoss from "pg-boss";
import type postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { rawSql, type Database } from "@/db/client";
import { DatabaseUnavailableError } from "@/lib/outage/database-unavailable";
import { retryingMemo } from "@/lib/outage/retrying-memo";
import { createSenderBoss, executorFor } from "./queue/boss";
import { payloads, type Payload, type QueueName } from "./queue/queues";

export type EnqueueOptions = Omit<PgBoss.SendOptions, "db">;
/** Writes one job in the open transaction, its payload checked against the queue's schema first. */
export type Enqueue = <Queue extends QueueName>(queue: Queue, data: Payload<Queue>, options?: EnqueueOptions) => Promise<string | null>;
/** Many jobs of one queue in one statement (bulk sends queue a thousand at once). */
export type EnqueueMany = <Queue extends QueueName>(queue: Queue, data: Payload<Queue>[]) => Promise<void>;

/**
 * One open transaction: its database handle and the enqueue that writes jobs in it. A rolled-back
 * change leaves no job behind, and a committed one always has its job.
 */
export type UnitOfWork = { db: Database; enqueue: Enqueue; enqueueMany: EnqueueMany };

// A failed start (the database was down) is not kept: the next write, a second later, tries again.
// Caching the rejected promise made every write fail until a restart once the database was back.
const SENDER_RETRY_MS = 1_000;
const BEGIN_TIMEOUT_MS = 4_000;
const globalForQueue = globalThis as typeof globalThis & { chorusSender?: ReturnType<typeof retryingMemo<PgBoss>> };

/** The process's send-only queue handle, started on first use (and again after a failed start). */
export function queueSender(): Promise<PgBoss> {
  globalForQueue.chorusSender ??= retryingMemo(() => createSenderBoss(rawSql()), SENDER_RETRY_MS);
  return globalForQueue.chorusSender.get();
}

/** Checks a payload against its queue's schema: a bad one throws here, where it was made. */
export function checkedPayload<Queue extends QueueName>(queue: Queue, data: Payload<Queue>): object {
  return payloads[queue].parse(data);
}

/**
 * The unit of work over one postgres.js transaction, with drizzle on that same connection: pg-boss
 * writes its job through the connection the transaction holds, so both commit or neither does.
 */
function unitOn(connection: postgres.TransactionSql, boss: PgBoss): UnitOfWork {
  const executor = executorFor(connection);
  return {
    db: drizzle(withPoolOptions(connection)),
    enqueue: (queue, data, options) => boss.send(queue, checkedPayload(queue, data), { ...options, db: executor }),
    enqueueMany: async (queue, items) => {
      if (items.length > 0)
        await boss.insert(
          items.map((data) => ({ name: queue, data: checkedPayload(queue, data) })),
          { db: executor },
        );
    },
  };
}

/**
 * drizzle takes a postgres.js client and sets its type parsers on `client.options`; a transaction's
 * connection has no options of its own (it shares the pool's), so they are the pool's, already set.
 */
function withPoolOptions(connection: postgres.TransactionSql): postgres.Sql {
  const { options } = rawSql();
  return new Proxy(connection, { get: (target, key) => (key === "options" ? options : Reflect.get(target, key)) }) as unknown as postgres.Sql;
}

/** Runs work in one new database transaction (see UnitOfWork). Verbs use server/context.ts's transaction, which joins an open one. */
export async function runInTransaction<T>(work: (unit: UnitOfWork) => Promise<T>): Promise<T> {
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
  const run = rawSql().begin(async (connection) => {
    clearTimeout(timer);
    if (abandoned) throw new DatabaseUnavailableError(new Error("transaction started after its caller gave up"));
    return work(unitOn(connection, boss));
  }) as Promise<T>;
  run.catch(() => undefined).finally(() => clearTimeout(timer));
  return Promise.race([run, gaveUp]);
}
