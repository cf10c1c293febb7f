import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";
import { supporters } from "./supporters";

/*
 * A subscriber who stays subscribed but no longer wants updates about one campaign (chosen on the
 * preferences page). Absent row: they hear about every campaign they signed.
 */
export const campaignMutes = pgTable(
  "campaign_mutes",
  {
    supporterId: uuid("supporter_id")
      .notNull()
      .references(() => supporters.id, { onDelete: "cascade" }),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  // Audience building asks "is this supporter muted for this campaign?": the key answers it.
  (table) => [primaryKey({ columns: [table.supporterId, table.campaignId] })],
);
