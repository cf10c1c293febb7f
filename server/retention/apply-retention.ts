import "server-only";
import { sql } from "drizzle-orm";
import { Refused } from "@/lib/refused";
import { transaction, type Context, type TxContext } from "@/server/context";
import type { RetentionCounts, RetentionKind } from "./kind";
import { retentionKinds } from "./kinds";
import { retentionPolicy, type RetentionPolicy } from "./policy";

/** What one kind did (or, in a dry run, would do): rows per table, or why it failed. */
export type RetentionOutcome = { kind: string; counts: RetentionCounts; error?: string };
/** One outcome per kind, in the order they ran. */
export type RetentionReport = RetentionOutcome[];

export type RetentionOptions = { dryRun: boolean; now?: Date; policy?: RetentionPolicy };

// Thrown only to roll a dry run's transaction back once its counts are taken.
class DryRunRollback extends Error {}

const failure = (kind: RetentionKind, error: unknown): RetentionOutcome => ({ kind: kind.name, counts: {}, error: error instanceof Error ? error.message : String(error) });

/**
 * Applies the retention policy: every kind in order, each in its own transaction, so a kind that
 * fails is reported and undone alone while the others keep what they did. Only Chorus itself runs
 * it (the daily job, the `npm run retention` script): no request may start a purge.
 *
 * A dry run runs the very same statements in one transaction that is rolled back at the end, each
 * kind behind a savepoint (a failing kind is undone alone there too). One transaction, not one per
 * kind: a kind must see what the kinds before it did, as it does in the real run (an email old
 * enough to be deleted is not also counted as a body to erase), so the counts it reports are exactly
 * those the real run would apply, and nothing changes.
 */
export async function applyRetention(ctx: Context, options: RetentionOptions): Promise<RetentionReport> {
  if (ctx.actor.kind !== "system") throw new Refused("forbidden");
  // Joining a caller's transaction would make one kind's failure (or the dry run's rollback) everyone's.
  if (ctx.unit) throw new Error("applyRetention opens its own transactions: call it outside any transaction");
  const now = options.now ?? new Date();
  const policy = options.policy ?? retentionPolicy();
  const report: RetentionReport = [];
  if (options.dryRun) {
    await transaction(ctx, async (tx) => {
      for (const kind of retentionKinds) report.push(await behindSavepoint(tx, kind, now, policy));
      throw new DryRunRollback();
    }).catch((error: unknown) => {
      if (!(error instanceof DryRunRollback)) throw error;
    });
    return report;
  }
  for (const kind of retentionKinds) {
    try {
      report.push({ kind: kind.name, counts: await transaction(ctx, (tx) => kind.run(tx, now, policy)) });
    } catch (error) {
      report.push(failure(kind, error));
    }
  }
  return report;
}

/** One kind of a dry run: its changes kept for the kinds after it, or undone alone if it fails. */
async function behindSavepoint(tx: TxContext, kind: RetentionKind, now: Date, policy: RetentionPolicy): Promise<RetentionOutcome> {
  await tx.db.execute(sql`savepoint retention_kind`);
  try {
    const counts = await kind.run(tx, now, policy);
    await tx.db.execute(sql`release savepoint retention_kind`);
    return { kind: kind.name, counts };
  } catch (error) {
    await tx.db.execute(sql`rollback to savepoint retention_kind`);
    return failure(kind, error);
  }
}
