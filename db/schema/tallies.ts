import { sql } from "drizzle-orm";
import { bigint, check, index, pgTable, primaryKey, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";

/**
 * Confirmed-signature counts, kept without a hot row: each confirmation adds 1 to one of 16 shards
 * of its campaign's total (and of its province, riding…), in the transaction that confirms it. A
 * count is the sum of a few dozen rows, never a scan of signatures. Reconciliation repairs drift.
 */
export const signatureTallies = pgTable(
  "signature_tallies",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    // "total" (key ""), "province" (key: two letters, or "" for outside Canada), "riding" (key: riding code).
    scope: text("scope").notNull(),
    key: text("key").notNull(),
    shard: smallint("shard").notNull(),
    count: bigint("count", { mode: "number" }).notNull().default(0),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.scope, table.key, table.shard] }), check("signature_tallies_scope", sql`${table.scope} in ('total', 'province', 'riding')`)],
);

/**
 * Fixed-window hit counters for low-volume rate limits (such as sign-in links), shared by every
 * web process. (Signing counts recent signatures instead: see server/signatures/insert-new-signature.ts.)
 * One row per key and window, so signers from different places never touch the same row.
 */
export const rateLimitHits = pgTable(
  "rate_limit_hits",
  {
    bucket: text("bucket").notNull(),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    hits: bigint("hits", { mode: "number" }).notNull().default(0),
  },
  (table) => [
    primaryKey({ columns: [table.bucket, table.windowStart] }),
    // Serves the purge of windows that have ended.
    index("rate_limit_hits_window_idx").on(table.windowStart),
  ],
);
