import "server-only";
import { and, eq, gt, sql } from "drizzle-orm";
import { letters } from "@/db/schema";
import type { TxContext } from "@/server/context";

const HOUR_MS = 3_600_000;
/** A campaign's limit when its letter action is gone (the editor's default). */
export const DEFAULT_MAX_PER_HOUR = 30;

/**
 * Takes the target's lock for the rest of the transaction (a transaction-scoped advisory lock), so
 * that any number of workers together never exceed its hourly limit: the count below and the
 * hand-over that follows happen under it.
 */
export async function lockTarget(tx: TxContext, targetKey: string): Promise<void> {
  await tx.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`letter-target:${targetKey}`}))`);
}

/**
 * When the target may next receive a letter, if it has had `max` handed over in the past hour:
 * the earliest moment a slot frees, an hour after the oldest hand-over in the window. Null when
 * a slot is free now. Call it under lockTarget.
 */
export async function nextFreeSlot(tx: TxContext, targetKey: string, max: number): Promise<Date | null> {
  const since = new Date(Date.now() - HOUR_MS);
  const [recent] = await tx.db
    .select({ n: sql<number>`count(*)::int`, oldest: sql<string | null>`min(${letters.handedOverAt})::text` })
    .from(letters)
    .where(and(eq(letters.targetKey, targetKey), gt(letters.handedOverAt, since)));
  if ((recent?.n ?? 0) < max) return null;
  return new Date(Date.parse(recent!.oldest!) + HOUR_MS + 1_000);
}
