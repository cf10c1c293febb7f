import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { campaigns } from "./campaigns";
import { findings } from "./findings";

/*
 * The findings a campaign stands on, chosen by an organiser in the campaign editor and shown on
 * the campaign's page in `position` order (the editor numbers them by the findings' dates).
 */
export const campaignFindings = pgTable(
  "campaign_findings",
  {
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (table) => [
    // A campaign's page and editor read its findings: the key's first column serves them.
    primaryKey({ columns: [table.campaignId, table.findingId] }),
    // A finding's page lists the campaigns that cite it.
    index("campaign_findings_finding_idx").on(table.findingId),
  ],
);
