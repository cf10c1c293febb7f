import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * One bulk invalidation of a campaign's signatures: the condition and mark the organiser chose, why,
 * who, and how many signatures it changed. The signatures it changed carry its id, so it can be
 * undone in one step; `undone_at` says it was, and by whom.
 */
export const signatureInvalidations = pgTable(
  "signature_invalidations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id").notNull(),
    // The condition as typed: ipHash and/or emailDomain, and the window as ISO instants.
    condition: jsonb("condition").$type<{ ipHash?: string; emailDomain?: string; from: string; to: string }>().notNull(),
    mark: text("mark").$type<"invalidated" | "fraudulent">().notNull(),
    reason: text("reason").notNull(),
    actorEmail: text("actor_email").notNull(),
    changed: integer("changed").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
    undoneBy: text("undone_by"),
    undoReason: text("undo_reason"),
  },
  (table) => [
    check("signature_invalidations_mark", sql`${table.mark} in ('invalidated', 'fraudulent')`),
    // Serves the invalidate page's list of a campaign's recent bulk invalidations, newest first.
    index("signature_invalidations_campaign_created_idx").on(table.campaignId, table.createdAt),
  ],
);
