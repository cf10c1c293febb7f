import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgEnum, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const campaignStatusEnum = pgEnum("campaign_status", ["draft", "live", "closed", "archived"]);

/**
 * A campaign and its petition. Each text a supporter reads exists in both official languages,
 * side by side, so an organiser cannot publish one language and forget the other.
 */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull().unique(),
    status: campaignStatusEnum("status").notNull().default("draft"),
    titleEn: text("title_en").notNull(),
    titleFr: text("title_fr").notNull(),
    summaryEn: text("summary_en").notNull(),
    summaryFr: text("summary_fr").notNull(),
    // Markdown; rendered without raw HTML.
    bodyEn: text("body_en").notNull(),
    bodyFr: text("body_fr").notNull(),
    demandEn: text("demand_en").notNull(),
    demandFr: text("demand_fr").notNull(),
    targetEn: text("target_en").notNull(),
    targetFr: text("target_fr").notNull(),
    goal: integer("goal").notNull().default(1000),
    // Shares of the goal (in %) at which organisers are told, and offered a milestone update.
    milestones: smallint("milestones")
      .array()
      .notNull()
      .default(sql`'{25,50,75,100}'::smallint[]`),
    opensAt: timestamp("opens_at", { withTimezone: true }),
    closesAt: timestamp("closes_at", { withTimezone: true }),
    petitionEnabled: boolean("petition_enabled").notNull().default(true),
    lettersEnabled: boolean("letters_enabled").notNull().default(false),
    accessRequestsEnabled: boolean("access_requests_enabled").notNull().default(false),
    // When it closed (set by the status change); signers' personal data is anonymised this many
    // months later. Null months: the installation's RETENTION_SIGNERS_MONTHS (server/retention/policy.ts).
    closedAt: timestamp("closed_at", { withTimezone: true }),
    signerRetentionMonths: smallint("signer_retention_months"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    check("campaigns_slug_format", sql`${table.slug} ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`),
    check("campaigns_signer_retention_months", sql`${table.signerRetentionMonths} IS NULL OR ${table.signerRetentionMonths} between 1 and 120`),
    check("campaigns_goal_positive", sql`${table.goal} > 0`),
    check("campaigns_closes_after_opens", sql`${table.closesAt} IS NULL OR ${table.opensAt} IS NULL OR ${table.closesAt} > ${table.opensAt}`),
    // Serves the public list of live campaigns, newest first.
    index("campaigns_status_created_idx").on(table.status, table.createdAt),
  ],
);
