import { integer, pgTable, text, timestamp, uuid, index } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaignUpdates } from "./campaign-updates";
import { emailBroadcasts } from "./email";

/*
 * Each time an update is emailed to an audience: who chose it, which audience, how many were
 * queued, and the broadcast whose messages show the progress. The web request records the send and
 * its job; the worker does the heavy part (rendering, listing up to 100,000 people, queueing). Recipients of an update are keyed
 * update/<update id>/<supporter id>, so someone in two of its audiences still gets it once.
 */
export const updateSends = pgTable(
  "update_sends",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    updateId: uuid("update_id")
      .notNull()
      .references(() => campaignUpdates.id, { onDelete: "cascade" }),
    // "subscribers" or "signers"; a province when the signers were filtered by one.
    scope: text("scope").notNull(),
    province: text("province"),
    // The exact audience size the organiser confirmed.
    audience: integer("audience").notNull().default(0),
    // Both null while the worker prepares the send (renders it, lists the audience, queues it).
    broadcastId: uuid("broadcast_id").references(() => emailBroadcasts.id),
    queued: integer("queued"),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index("update_sends_update_idx").on(table.updateId, table.createdAt)],
);
