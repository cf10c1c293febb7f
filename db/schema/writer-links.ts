import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";
import { supporters } from "./supporters";

/*
 * "Email me a link to write": for a supporter who signed earlier, on another device or after the
 * two-hour writer cookie ran out. The link proves they still read that mailbox. Only the token's
 * SHA-256 is kept; single use; a day to use it.
 */
export const writerLinks = pgTable(
  "writer_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    supporterId: uuid("supporter_id")
      .notNull()
      .references(() => supporters.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Deleting a supporter's data finds their links through this.
  (table) => [index("writer_links_supporter_idx").on(table.supporterId)],
);
