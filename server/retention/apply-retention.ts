import "server-only";
import { Refused } from "@/lib/refused";
import { transaction, type Context } from "@/server/context";
import type { RetentionCounts } from "./kind";
import { retentionKinds } from "./kinds";
import { retentionPolicy, type RetentionPolicy } from "./policy";

/** What one kind did (or, in a dry run, would do): rows per table, or why it failed. */
export type RetentionOutcome = { kind: string; counts: RetentionCounts; error?: string };
/** One outcome per kind, in the order they ran. */
export type RetentionReport = RetentionOutcome[];

export type RetentionOptions = { dryRun: boolean; now?: Date; policy?: RetentionPolicy };

// Thrown only to roll a dry run's transaction back once its counts are taken.
class DryRunRollback extends Error {}

/**
 * Applies the retention policy: every kind in order, each in its own transaction, so a kind that
 * fails is reported and undone alone while the others keep what they did. A dry run runs the very
 * same statements and rolls each transaction back, so the counts it reports are exactly what the
 * real run would remove or anonymise, and nothing changes. Only Chorus itself runs it (the daily
 * job, the `npm run retention` script): no request may start a purge.
 */
export async function applyRetention(ctx: Context, options: RetentionOptions): Promise<RetentionReport> {
  if (ctx.actor.kind !== "system") throw new Refused("forbidden");
  // Joining a caller's transaction would make one kind's failure (or the dry run's rollback) everyone's.
  if (ctx.unit) throw new Error("applyRetention opens a transaction per kind: call it outside any transaction");
  const now = options.now ?? new Date();
  const policy = options.policy ?? retentionPolicy();
  const report: RetentionReport = [];
  for (const kind of retentionKinds) {
    let counts: RetentionCounts = {};
    try {
      await transaction(ctx, async (tx) => {
        counts = await kind.run(tx, now, policy);
        if (options.dryRun) throw new DryRunRollback();
      });
      report.push({ kind: kind.name, counts });
    } catch (error) {
      if (error instanceof DryRunRollback) report.push({ kind: kind.name, counts });
      else report.push({ kind: kind.name, counts: {}, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return report;
}
