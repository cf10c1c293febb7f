import type { TxContext } from "@/server/context";
import type { RetentionPolicy } from "./policy";

/** Rows a retention kind removes or anonymises, per table (e.g. { signatures: 12, supporters: 3 }). */
export type RetentionCounts = Record<string, number>;

/**
 * One kind of data with its own retention period. `run` does the work inside the transaction it is
 * given; the dry run calls the same `run` and rolls back, so the report it prints is exactly what
 * the real run would do. Each kind decides what "due" means from `now` and the policy, never from
 * the clock, so that tests can move timestamps (or `now`) and see each kind go at its time and not before.
 */
export type RetentionKind = {
  /** Stable name, shown in the report: "unconfirmed-signatures", "email-bodies"… */
  name: string;
  run(tx: TxContext, now: Date, policy: RetentionPolicy): Promise<RetentionCounts>;
};
