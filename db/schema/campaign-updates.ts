import { sql, type SQL } from "drizzle-orm";
import { check, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { campaigns } from "./campaigns";
import { findings } from "./findings";

export const updateStatusEnum = pgEnum("update_status", ["draft", "scheduled", "published"]);

/*
 * News an organiser posts on a campaign, in Markdown, both languages side by side, citing findings
 * with [[cite:<finding id>]]. A scheduled update is public from `publish_at` on without anything
 * having to flip it: `visible_from` is computed by PostgreSQL from the state, and every public
 * read asks `visible_from <= now()`. Sending an update by email (a later step) will record each
 * send in its own table keyed by this id (one update may go to several audiences), with
 * idempotency keys `update/<id>/<supporter>`.
 */
export const campaignUpdates = pgTable(
  "campaign_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id")
      .notNull()
      .references(() => campaigns.id, { onDelete: "cascade" }),
    status: updateStatusEnum("status").notNull().default("draft"),
    titleEn: text("title_en").notNull(),
    titleFr: text("title_fr").notNull(),
    // Markdown; rendered without raw HTML.
    bodyEn: text("body_en").notNull(),
    bodyFr: text("body_fr").notNull(),
    // When a scheduled update goes public.
    publishAt: timestamp("publish_at", { withTimezone: true }),
    // When "publish now" made it public.
    publishedAt: timestamp("published_at", { withTimezone: true }),
    visibleFrom: timestamp("visible_from", { withTimezone: true }).generatedAlwaysAs((): SQL => sql`case ${campaignUpdates.status} when 'published' then ${campaignUpdates.publishedAt} when 'scheduled' then ${campaignUpdates.publishAt} end`),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("campaign_updates_scheduled_has_time", sql`${table.status} <> 'scheduled' OR ${table.publishAt} IS NOT NULL`),
    check("campaign_updates_published_has_time", sql`${table.status} <> 'published' OR ${table.publishedAt} IS NOT NULL`),
    // The site-wide updates index and feeds, newest first, paged by keyset on (visible_from, id).
    index("campaign_updates_visible_idx").on(table.visibleFrom, table.id),
    // A campaign's page, updates list and feed (public, by visible_from) and its panel list.
    index("campaign_updates_campaign_idx").on(table.campaignId, table.visibleFrom, table.id),
  ],
);

/** The findings an update cites, numbered in order of first appearance (English text, then French). */
export const updateCitations = pgTable(
  "update_citations",
  {
    updateId: uuid("update_id")
      .notNull()
      .references(() => campaignUpdates.id, { onDelete: "cascade" }),
    findingId: text("finding_id")
      .notNull()
      .references(() => findings.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
  },
  (table) => [
    // An update's sources, in order.
    primaryKey({ columns: [table.updateId, table.position] }),
    unique("update_citations_once").on(table.updateId, table.findingId),
    // A finding's page lists the updates that cite it.
    index("update_citations_finding_idx").on(table.findingId),
  ],
);
