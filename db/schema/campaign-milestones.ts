import { integer, pgTable, primaryKey, smallint, timestamp, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";

/*
 * Each share of its goal a campaign has passed, once: the first time the check saw it, with the
 * count then. Its existence is what stops organisers being told twice.
 */
export const campaignMilestones = pgTable(
  "campaign_milestones",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    percent: smallint("percent").notNull(),
    signatures: integer("signatures").notNull(),
    reachedAt: timestamp("reached_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.campaignId, table.percent] })],
);
